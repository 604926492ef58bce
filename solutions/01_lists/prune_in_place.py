"""Reference solution for prune_in_place.py."""


def drop_negatives(values: list) -> None:
    """Remove every negative number from the caller's list; keep the others in their order."""
    values[:] = [value for value in values if value >= 0]


def drop_blank_lines(lines: list) -> None:
    """Remove every line that is empty or only whitespace from the caller's list, in place."""
    for i in reversed(range(len(lines))):  # deleting from the end never moves an item not yet seen
        if not lines[i].strip():
            del lines[i]
