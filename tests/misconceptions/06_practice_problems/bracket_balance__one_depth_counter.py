"""Misconception: one depth counter is the stack, only cheaper.

A counter knows how many brackets are open, not which kinds: "(]" looks balanced to it.

checklist: practice_problems.brackets
"""


def is_balanced(text: str) -> bool:
    return first_unmatched(text) is None


def first_unmatched(text: str) -> int | None:
    open_at = []
    for position, char in enumerate(text):
        if char in "([{":
            open_at.append(position)
        elif char in ")]}":
            if not open_at:
                return position
            open_at.pop()
    return open_at[0] if open_at else None
