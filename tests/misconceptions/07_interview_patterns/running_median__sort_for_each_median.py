"""Misconception: keep the numbers in a list and sort it when the median is asked.

Right medians, but each median sorts everything seen so far: O(n log n) per question, O(n^2 log n)
for a stream that asks after every number. Two heaps keep the middle at hand.

checklist: interview_patterns.two_heaps
"""


class RunningMedian:
    def __init__(self):
        self.values = []

    def add(self, value) -> None:
        self.values.append(value)

    def median(self):
        if not self.values:
            raise ValueError("median of no numbers")
        ordered = sorted(self.values)
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[middle]
        return (ordered[middle - 1] + ordered[middle]) / 2
