"""Reference solution for grid_slices.py."""


def mirrored(grid: list) -> list:
    """Return a new grid with every row reversed, sharing no row with the caller's grid."""
    return [row[::-1] for row in grid]


def pages(items: list, size: int) -> list:
    """Split items into lists of `size` items each, in order; the last one may be shorter."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def page(items: list, number: int, size: int) -> list:
    """Return page `number` (0 is the first) of `size` items; a page past the end is []."""
    return items[number * size : (number + 1) * size]
