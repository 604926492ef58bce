"""Reference solution for stop_iteration_leaks.py."""


def pairs(iterable):
    """Yield (first, second), (third, fourth), ... lazily; an odd last item is dropped."""
    items = iter(iterable)
    return zip(items, items)  # zip takes from the same iterator twice per pair, and stops cleanly


def first(iterable, default=None):
    """Return the first item of iterable, or default if it has none. Take no more than one item.

    An error raised while getting that item is not "no item": let it reach the caller.
    """
    return next(iter(iterable), default)
