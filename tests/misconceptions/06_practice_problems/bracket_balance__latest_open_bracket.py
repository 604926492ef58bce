"""Misconception: when brackets are left open, the top of the stack is the one to report.

The top is the latest still open; the first bracket that breaks the balance is the earliest.

checklist: practice_problems.brackets
"""


def is_balanced(text: str) -> bool:
    return first_unmatched(text) is None


def first_unmatched(text: str) -> int | None:
    stack = []
    for position, char in enumerate(text):
        if char in OPENERS:
            stack.append((position, OPENERS[char]))
        elif char in ")]}":
            if not stack or stack[-1][1] != char:
                return position
            stack.pop()
    return stack[-1][0] if stack else None
