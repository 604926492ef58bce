"""Misconception: a StopIteration from next() in an ordinary function is a clear enough error for an empty input.

Called inside map() or a generator expression, it is taken as that loop's end: the results
after an empty group vanish without an error.

checklist: iterators_generators.stopiteration
"""


def pairs(iterable):
    items = iter(iterable)
    while True:
        try:
            left, right = next(items), next(items)
        except StopIteration:
            return
        yield left, right


def first(iterable, default=None):
    return next(iter(iterable))
