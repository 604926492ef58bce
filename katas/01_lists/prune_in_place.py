"""Kata: removing items from a list you are looping over.

Task: drop_negatives and drop_blank_lines below each miss items or crash. Fix them so they
change the caller's list in place, exactly as their docstrings say.

A for loop over a list walks an index forward: 0, 1, 2, ... Deleting the item under the
index slides every later item one place left, while the index still moves on.
"""


def drop_negatives(values: list) -> None:
    """Remove every negative number from the caller's list; keep the others in their order."""
    for value in values:
        if value < 0:
            values.remove(value)


def drop_blank_lines(lines: list) -> None:
    """Remove every line that is empty or only whitespace from the caller's list, in place."""
    for i in range(len(lines)):
        if not lines[i].strip():
            del lines[i]
