"""Alternative: CountdownIterator delegates to a range iterator instead of keeping a counter.

The position lives in the iterator (a range iterator it owns), never in Countdown; __next__
lets that iterator's StopIteration through, so the end stays the end.
"""


class CountdownIterator:
    def __init__(self, start: int):
        self._numbers = iter(range(start, 0, -1))

    def __iter__(self):
        return self

    def __next__(self) -> int:
        return next(self._numbers)


class Countdown:
    def __init__(self, start: int):
        self.start = start

    def __iter__(self) -> CountdownIterator:
        return CountdownIterator(self.start)
