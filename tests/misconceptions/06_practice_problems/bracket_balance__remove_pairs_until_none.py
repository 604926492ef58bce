"""Misconception: removing "()", "[]" and "{}" until nothing changes is a neat linear trick.

Correct, and every pass re-reads the whole text: nested n deep it takes n passes, O(n^2).

checklist: practice_problems.brackets
"""


def is_balanced(text: str) -> bool:
    brackets = text.translate({ord(c): None for c in set(text) - set("()[]{}")})
    while True:
        shorter = brackets.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == brackets:
            return brackets == ""
        brackets = shorter


def first_unmatched(text: str) -> int | None:
    stack = []
    for position, char in enumerate(text):
        if char in "([{":
            stack.append((position, ")]}"["([{".index(char)]))
        elif char in ")]}":
            if not stack or stack.pop()[1] != char:
                return position
    return stack[0][0] if stack else None
