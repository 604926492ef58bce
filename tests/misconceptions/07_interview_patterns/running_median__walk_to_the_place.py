"""Misconception: keep a sorted list and walk it to find where each new number goes.

Right medians in O(1) each, but placing a number scans the list: O(n) comparisons per number,
O(n^2) for the stream. (Binary search with bisect.insort cuts the comparisons to O(log n), yet
the insert still shifts O(n) items; two heaps do O(log n) of both.)

checklist: interview_patterns.two_heaps
"""


class RunningMedian:
    def __init__(self):
        self.ordered = []

    def add(self, value) -> None:
        place = 0
        while place < len(self.ordered) and self.ordered[place] < value:
            place += 1
        self.ordered.insert(place, value)

    def median(self):
        if not self.ordered:
            raise ValueError("median of no numbers")
        middle = len(self.ordered) // 2
        if len(self.ordered) % 2:
            return self.ordered[middle]
        return (self.ordered[middle - 1] + self.ordered[middle]) / 2
