"""Kata: slices copy, but only one level deep; and they never run off the end.

Task: fix mirrored, which changes the caller's grid, and implement pages and page.

`items[a:b]` is a new list holding the same objects as items[a:b]: a shallow copy. A slice
whose bounds lie past either end is cut down to the list, so it can be empty but never raises.
"""


def mirrored(grid: list) -> list:
    """Return a new grid with every row reversed. The caller's grid and its rows stay as they were,
    and changing the result later never changes the caller's grid."""
    copy = grid[:]
    for row in copy:
        row.reverse()
    return copy


def pages(items: list, size: int) -> list:
    """Split items into lists of `size` items each, in order; the last one may be shorter.

    pages([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]] and pages([], 2) == [].
    """
    raise NotImplementedError("pages: cut items into consecutive lists of size items")


def page(items: list, number: int, size: int) -> list:
    """Return page `number` (0 is the first) of `size` items; a page past the end is []."""
    return [items[i] for i in range(number * size, (number + 1) * size)]
