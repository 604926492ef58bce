"""Misconception: catching Exception around next() is a safe way to spot the end.

StopIteration is an Exception, but so is every error the source raises: a failing source is
reported as "no item".

checklist: iterators_generators.stopiteration
"""


def pairs(iterable):
    items = iter(iterable)
    while True:
        try:
            left, right = next(items), next(items)
        except Exception:
            return
        yield left, right


def first(iterable, default=None):
    try:
        return next(iter(iterable))
    except Exception:
        return default
