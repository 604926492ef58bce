"""Kata: StopIteration belongs to the iterator protocol, and nowhere else.

Task: pairs and first each let a StopIteration escape. Fix them.

Since Python 3.7 (PEP 479), a StopIteration that escapes from a generator's body is turned
into a RuntimeError. One that escapes from an ordinary function is worse when the code that
calls it is an iterator written in C or by hand (map, filter, a class whose __next__ calls
it): that iterator takes it as its own end, and stops without a word. (A generator expression
is a generator: there it becomes a RuntimeError too.)
"""


def pairs(iterable):
    """Yield (first, second), (third, fourth), ... lazily; an odd last item is dropped."""
    items = iter(iterable)
    while True:
        yield next(items), next(items)


def first(iterable, default=None):
    """Return the first item of iterable, or default if it has none. Take no more than one item.

    An error raised while getting that item is not "no item": let it reach the caller.
    """
    return next(iter(iterable))
