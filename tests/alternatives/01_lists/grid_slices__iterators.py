"""Alternative: reversed() for the rows, itertools.islice over one iterator for the pages.

The reference slices (`row[::-1]`, `items[a:b]`). Here mirrored builds each row from reversed(),
pages pulls `size` items at a time from one iterator until a pull comes back empty, and page
takes its items with islice, which, like a slice, simply stops at the end of the list.
"""

from itertools import islice


def mirrored(grid: list) -> list:
    return [list(reversed(row)) for row in grid]


def pages(items: list, size: int) -> list:
    rest = iter(items)
    result = []
    while chunk := list(islice(rest, size)):
        result.append(chunk)
    return result


def page(items: list, number: int, size: int) -> list:
    return list(islice(items, number * size, (number + 1) * size))
