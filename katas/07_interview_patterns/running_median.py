"""Kata: the median of a stream, with two heaps.

Task: RunningMedian receives numbers one at a time and answers "what is the median so far?"
after any of them.

- add(value): take one more number.
- median(): the median of all numbers added so far: the middle one of them in sorted order
  for an odd count, the mean of the two middle ones for an even count ((a + b) / 2, a float
  for ints). ValueError when nothing was added yet.

      m = RunningMedian(); m.add(5); m.add(15); m.median()  ->  10.0;  m.add(1); m.median()  ->  5

The stream is long and the median is asked after every number: O(log n) comparisons per add
and O(1) per median. Sorting, or scanning for the place of each new number, costs O(n) or
more per number. The values only support comparisons, negation (-value) and +.
"""


class RunningMedian:
    def __init__(self):
        raise NotImplementedError("RunningMedian: get ready to take numbers one at a time")

    def add(self, value) -> None:
        raise NotImplementedError("add: take one more number, in O(log n) comparisons")

    def median(self):
        raise NotImplementedError("median: the median of the numbers so far, in O(1); ValueError if none")
