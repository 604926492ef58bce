"""Misconception: a closer can always pop the stack; an empty stack cannot happen in real text.

")" pops an empty list: IndexError instead of an answer.

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
            if stack.pop()[1] != char:
                return position
    return stack[0][0] if stack else None
