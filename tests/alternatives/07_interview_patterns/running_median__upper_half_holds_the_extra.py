"""Alternative: the upper half keeps the extra number, and each add compares with the tops before pushing.

A number goes straight to the half it belongs to (compared with the lower half's largest), then
one number moves across if the sizes drift apart by two or the lower half gets ahead. The median
of an odd count is then the upper half's smallest.
"""

import heapq


class RunningMedian:
    def __init__(self):
        self.low_negated: list = []
        self.high: list = []

    def add(self, value) -> None:
        if self.low_negated and value < -self.low_negated[0]:
            heapq.heappush(self.low_negated, -value)
        else:
            heapq.heappush(self.high, value)
        if len(self.high) > len(self.low_negated) + 1:
            heapq.heappush(self.low_negated, -heapq.heappop(self.high))
        elif len(self.low_negated) > len(self.high):
            heapq.heappush(self.high, -heapq.heappop(self.low_negated))

    def median(self):
        if not self.high:
            raise ValueError("median of no numbers")
        if len(self.high) > len(self.low_negated):
            return self.high[0]
        return (-self.low_negated[0] + self.high[0]) / 2
