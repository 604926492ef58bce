"""Alternative: push the closer each opener waits for, with its position, as one tuple per open bracket.

A closer is right when it equals the closer on top of the stack. is_balanced has its own loop with
no positions at all, instead of delegating to first_unmatched.
"""

CLOSER_OF = {"(": ")", "[": "]", "{": "}"}


def is_balanced(text: str) -> bool:
    waiting: list[str] = []
    for char in text:
        if char in CLOSER_OF:
            waiting.append(CLOSER_OF[char])
        elif char in ")]}" and (not waiting or waiting.pop() != char):
            return False
    return not waiting


def first_unmatched(text: str) -> int | None:
    waiting: list[tuple[int, str]] = []
    for position, char in enumerate(text):
        if char in CLOSER_OF:
            waiting.append((position, CLOSER_OF[char]))
        elif char in ")]}":
            if not waiting or waiting[-1][1] != char:
                return position
            waiting.pop()
    return waiting[0][0] if waiting else None
