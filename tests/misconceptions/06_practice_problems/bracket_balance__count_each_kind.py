"""Misconception: text is balanced when each kind of bracket has as many closers as openers.

"([)]" and ")(" have the right counts and are not balanced: order matters, hence the stack.

checklist: practice_problems.brackets
"""


def is_balanced(text: str) -> bool:
    return all(text.count(opener) == text.count(closer) for opener, closer in ["()", "[]", "{}"])


def first_unmatched(text: str) -> int | None:
    depth = {"(": 0, "[": 0, "{": 0}
    opened = {"(": [], "[": [], "{": []}
    closes = {")": "(", "]": "[", "}": "{"}
    for position, char in enumerate(text):
        if char in depth:
            opened[char].append(position)
        elif char in closes:
            if not opened[closes[char]]:
                return position
            opened[closes[char]].pop()
    still_open = [p for positions in opened.values() for p in positions]
    return min(still_open) if still_open else None
