"""Misconception: turning the input into a list first is a harmless way to avoid next() and StopIteration.

It reads the whole input before the first pair: a stream that never ends is never paired.

checklist: iterators_generators.stopiteration
"""


def pairs(iterable):
    items = list(iterable)
    return iter(list(zip(items[::2], items[1::2])))


def first(iterable, default=None):
    items = list(iterable)
    return items[0] if items else default
