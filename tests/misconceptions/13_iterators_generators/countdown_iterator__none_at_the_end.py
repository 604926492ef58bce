"""Misconception: an iterator signals its end by returning None.

A for loop cannot tell None from an item: it never stops.

checklist: iterators_generators.stopiteration
"""


class CountdownIterator:
    def __init__(self, start: int):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current < 1:
            return None
        self.current -= 1
        return self.current + 1
