"""Reference solution for bracket_balance.py: a stack of the positions of the open brackets."""

OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {")", "]", "}"}


def is_balanced(text: str) -> bool:
    """Return True when every bracket in text is closed by the matching bracket, in order."""
    return first_unmatched(text) is None


def first_unmatched(text: str) -> int | None:
    """Return the index of the first bracket that breaks the balance, or None if text is balanced."""
    open_at: list[int] = []  # positions of the brackets still open, innermost last
    expected: list[str] = []  # the closer each of them needs
    for position, char in enumerate(text):
        if char in OPENERS:
            open_at.append(position)
            expected.append(OPENERS[char])
        elif char in CLOSERS:
            if not expected or expected[-1] != char:
                return position
            open_at.pop()
            expected.pop()
    return open_at[0] if open_at else None
