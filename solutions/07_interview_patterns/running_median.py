"""Reference solution for running_median.py: a max-heap of the lower half (negated) and a min-heap of the upper half."""

import heapq


class RunningMedian:
    def __init__(self):
        self.lower: list = []  # the smaller half, negated: heapq is a min-heap, so -lower[0] is its largest
        self.upper: list = []  # the larger half: upper[0] is its smallest

    def add(self, value) -> None:
        # Through the lower half first, so that every number in lower is <= every number in upper.
        heapq.heappush(self.upper, -heapq.heappushpop(self.lower, -value))
        if len(self.upper) > len(self.lower):  # keep lower as large as upper, or one larger
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def median(self):
        if not self.lower:
            raise ValueError("median of no numbers")
        if len(self.lower) > len(self.upper):
            return -self.lower[0]
        return (-self.lower[0] + self.upper[0]) / 2
