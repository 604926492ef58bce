"""Kata: namedtuple or dataclass? Pick the record type each job needs.

Task: replace the three placeholder classes below with record types that behave as their
docstrings say. Pick for each one a namedtuple (collections.namedtuple or
typing.NamedTuple), a dataclass (dataclasses.dataclass, frozen or not), or something else.

A namedtuple is a tuple with names: it unpacks, indexes, is immutable, and equals any tuple
with the same items. A dataclass is a class with generated __init__, __repr__ and __eq__;
frozen=True makes it immutable and hashable.
"""


class Point:
    """A 2-D point, Point(x, y). It is a tuple: existing code unpacks it (`x, y = point`),
    indexes it, compares it with plain tuples and sorts it. It never changes."""

    def __init__(self, x, y):
        raise NotImplementedError("Point: a record that is a tuple")


class Account:
    """Account(owner, balance=0, history=<a new empty list for each account>).

    Its balance and history change over time. Two accounts with equal fields are equal;
    its repr shows its fields."""

    def __init__(self, owner, balance=0, history=None):
        raise NotImplementedError("Account: a mutable record with a list of its own")


class Money:
    """Money(amount, currency), a value: it never changes, it can be a dict key or a set
    element, and it is equal only to Money with an equal amount and currency."""

    def __init__(self, amount, currency):
        raise NotImplementedError("Money: an immutable, hashable record that is not a tuple")
