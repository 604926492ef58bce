"""Alternative: `+=` to extend in place, a sorted copy made by hand, slice assignment to sort the caller's list.

The reference calls append, sorted() and list.sort(). Here add_tag extends the caller's list with
`+=` (list.__iadd__ mutates), ranked copies the list and sorts the copy in place, and sort_names
replaces the caller's contents through `names[:] = ...`, which keeps the same list object.
"""


def add_tag(tags: list, tag: str) -> list:
    tags += [tag]
    return tags


def ranked(scores: list) -> list:
    copy = list(scores)
    copy.sort(reverse=True)
    return copy


def sort_names(names: list) -> None:
    names[:] = sorted(names, key=lambda name: name.casefold())
