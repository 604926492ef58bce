"""Tests for running_median.py: two heaps give the median after every number in O(log n).

Cost is counted, not timed: the numbers count every comparison made on them (their negations
count too). Two heaps cost O(log n) comparisons per number and none per median; sorting for
each median costs O(n log n), and walking a sorted list to place each number costs O(n).
A sorted list kept with bisect.insort makes only O(log n) comparisons, but every insert moves
O(n) items: counting comparisons cannot see that cost (the interview questions ask about it).
"""

import math
import random
import statistics

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from running_median import RunningMedian


class Tally:
    def __init__(self, bound=10**9):
        self.count, self.bound = 0, bound

    def tick(self):
        self.count += 1
        if self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} comparisons of numbers, 10 times the bound of {self.bound}: that is "
                "not O(log n) per number"
            )


def counted_numbers(values, tally):
    """Ints that add 1 to tally.count for each comparison they take part in; -x is counted too."""

    def counting(name):
        base = getattr(int, name)

        def method(self, other):
            tally.tick()
            return base(self, other)

        return method

    names = ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__")
    namespace = {name: counting(name) for name in names}
    namespace["__hash__"] = int.__hash__
    namespace["__neg__"] = lambda self: Number(-int(self))
    Number = type("Number", (int,), namespace)
    return [Number(value) for value in values]


def medians(values):
    """add each value and ask the median after each one; the list of medians."""
    running = RunningMedian()
    seen = []
    for value in values:
        running.add(value)
        seen.append(running.median())
    return seen


@pytest.mark.checklist("interview_patterns.two_heaps")
def test_medians_of_a_short_stream():
    assert_returns(
        call_kata(medians, [5, 15, 1, 3]),
        [5, 10.0, 5, 4.0],
        "the medians after 5, 15, 1 and 3 (5; the mean of 5 and 15; 5; the mean of 3 and 5)",
    )


@pytest.mark.checklist("interview_patterns.two_heaps")
def test_an_even_count_takes_the_mean_of_the_two_middle_numbers():
    assert_returns(call_kata(medians, [1, 2]), [1, 1.5], "the medians after 1 and 2: 1, then (1 + 2) / 2")
    assert_returns(call_kata(medians, [-3, -8, -1, 10]), [-3, -5.5, -3, -2.0], "the medians of negative numbers")


@pytest.mark.checklist("interview_patterns.two_heaps")
def test_repeats_and_sorted_streams():
    assert_returns(call_kata(medians, [7, 7, 7, 7, 7]), [7, 7.0, 7, 7.0, 7], "a stream of the same number")
    assert_returns(call_kata(medians, [1, 2, 3, 4, 5]), [1, 1.5, 2, 2.5, 3], "an ascending stream")
    assert_returns(call_kata(medians, [5, 4, 3, 2, 1]), [5, 4.5, 4, 3.5, 3], "a descending stream")


@pytest.mark.checklist("interview_patterns.two_heaps")
def test_no_median_before_the_first_number():
    running = call_kata(RunningMedian)
    kata_raises(ValueError, running.median)


@pytest.mark.checklist("interview_patterns.two_heaps")
def test_agrees_with_statistics_median_on_random_streams():
    rng = random.Random(77)
    for _ in range(60):
        values = [rng.randint(-20, 20) for _ in range(rng.randint(1, 25))]
        expected = [statistics.median(values[: i + 1]) for i in range(len(values))]
        assert_returns(call_kata(medians, values), expected, f"the medians after each number of {values}")


@pytest.mark.checklist("interview_patterns.two_heaps")
@pytest.mark.parametrize("size", [400, 2_000])
@pytest.mark.parametrize("order", ["shuffled", "ascending", "descending"])
def test_costs_log_n_comparisons_per_number(size, order):
    values = list(range(size))
    if order == "shuffled":
        random.Random(size).shuffle(values)
    elif order == "descending":
        values.reverse()
    bound = 8 * size * math.ceil(math.log2(size))
    tally = Tally(bound)
    got = call_kata(medians, counted_numbers(values, tally))
    assert tally.count <= bound, (
        f"{size} numbers ({order}), each added and followed by a median, cost {tally.count} comparisons; "
        f"O(log n) per number allows at most {bound}. Sorting for each median, or scanning for where each "
        "number goes, costs O(n) or more per number"
    )
    assert got[-1] == statistics.median(values), "and the last median is right"
