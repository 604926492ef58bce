"""Kata: balanced brackets with a stack.

Task: implement is_balanced and first_unmatched.

Text is balanced when every (, [ and { is closed by its own kind of bracket, innermost
first: "f(a[1], {b: 2})" is balanced, "([)]" and "(()" are not. Every other character is
ignored. One pass over the text with a stack of the brackets still open is O(n).

The tests pass text that counts every character read from it (indexing, iterating,
slicing, searching, replacing), at two lengths: re-reading the text is correct and still fails.
"""


def is_balanced(text: str) -> bool:
    """Return True when every bracket in text is closed by the matching bracket, in order."""
    raise NotImplementedError("is_balanced: whether every bracket is closed by its own kind, innermost first, in O(n)")


def first_unmatched(text: str) -> int | None:
    """Return the index of the first bracket that breaks the balance, or None if text is balanced.

    That is the first closer that closes nothing or a different kind of bracket
    ("(a]" gives 2, "x)" gives 1); or, if the text ends with brackets still open, the
    earliest of them ("a(b(c)" gives 1).
    """
    raise NotImplementedError("first_unmatched: the index of the first bracket that breaks the balance, or None, in O(n)")
