"""Misconception: a container can be its own iterator (__iter__ returns self, __next__ on the container).

Then the first loop uses it up: a second loop, or an inner loop, finds nothing left.

checklist: iterators_generators.iterable_vs_iterator
"""


class Countdown(CountdownIterator):
    def __init__(self, start: int):
        super().__init__(start)
        self.start = start
