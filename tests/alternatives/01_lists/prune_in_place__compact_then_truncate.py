"""Alternative: compact the kept items to the front with a write index, then cut the tail; filter() for lines.

The reference rebuilds the list with a comprehension (numbers) and deletes from the end (lines).
Here drop_negatives reads every item once and writes each kept one to the next free position of
the same list, then deletes the leftover tail in one step (O(n), no shifting per removal);
drop_blank_lines assigns a filter over the lines to the full slice of the caller's list.
"""


def drop_negatives(values: list) -> None:
    kept = 0
    for value in values:  # reading never overtakes writing, so nothing unread is overwritten
        if value >= 0:
            values[kept] = value
            kept += 1
    del values[kept:]


def drop_blank_lines(lines: list) -> None:
    lines[:] = filter(str.strip, lines)
