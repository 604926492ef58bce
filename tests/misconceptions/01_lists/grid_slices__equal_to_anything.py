"""Misconception: a result only has to compare equal to what the caller expects.

An object whose __eq__ always answers True "equals" every expected grid and page, so tests
that check a returned value with == alone pass it; the tests check the type as well.

checklist: lists.shallow_slices
"""


class AlwaysEqual:
    """Claims to equal anything; it is no grid and no page."""

    def __eq__(self, other):
        return True

    __hash__ = None


def mirrored(grid: list) -> list:
    return AlwaysEqual()


def pages(items: list, size: int) -> list:
    return AlwaysEqual()


def page(items: list, number: int, size: int) -> list:
    return AlwaysEqual()
