"""Misconception: the mean of the two middle numbers is (a + b) // 2.

Floor division drops the half: the median of 1 and 2 is 1.5, not 1. Use / (a float for ints).

checklist: interview_patterns.two_heaps
"""

import heapq


class RunningMedian:
    def __init__(self):
        self.lower, self.upper = [], []

    def add(self, value) -> None:
        heapq.heappush(self.upper, -heapq.heappushpop(self.lower, -value))
        if len(self.upper) > len(self.lower):
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def median(self):
        if not self.lower:
            raise ValueError("median of no numbers")
        if len(self.lower) > len(self.upper):
            return -self.lower[0]
        return (-self.lower[0] + self.upper[0]) // 2
