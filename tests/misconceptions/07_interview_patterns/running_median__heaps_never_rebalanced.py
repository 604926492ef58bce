"""Misconception: a number at most the lower half's top goes low, any other goes high; nothing more.

The two heaps split the numbers by value, but nothing keeps their sizes within one of each other:
an ascending stream puts everything but the first number in the upper heap, and the tops are no
longer the middle.

checklist: interview_patterns.two_heaps
"""

import heapq


class RunningMedian:
    def __init__(self):
        self.lower, self.upper = [], []

    def add(self, value) -> None:
        if not self.lower or value <= -self.lower[0]:
            heapq.heappush(self.lower, -value)
        else:
            heapq.heappush(self.upper, value)

    def median(self):
        if not self.lower:
            raise ValueError("median of no numbers")
        if len(self.lower) > len(self.upper):
            return -self.lower[0]
        return (-self.lower[0] + self.upper[0]) / 2
