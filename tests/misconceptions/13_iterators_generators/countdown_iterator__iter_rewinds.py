"""Misconception: an iterator's __iter__ should start it over, so it can be reused like its iterable.

An iterator that rewinds breaks code that hands a half-used iterator on (for loops call iter()
on it): the protocol says iter(iterator) is the same iterator, at the same position.

checklist: iterators_generators.stopiteration
"""


class CountdownIterator:
    def __init__(self, start: int):
        self.start = self.current = start

    def __iter__(self):
        self.current = self.start
        return self

    def __next__(self) -> int:
        if self.current < 1:
            raise StopIteration
        self.current -= 1
        return self.current + 1
