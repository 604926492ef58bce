"""Tests for interval_merge.py: examples, properties of every correct answer, comparisons counted."""

import math
import random

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import call_kata, expect
from interval_merge import free_slots, merge_intervals

# kata_properties without the explain phase (half a second on every failing stub) and with fewer
# examples, so the whole topic stays under a second; the example tests cover the rest.
quick_properties = settings(
    kata_properties, max_examples=30, phases=[phase for phase in Phase if phase is not Phase.explain]
)

INTERVALS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


def as_pairs(result) -> list[tuple]:
    assert isinstance(result, list), f"expected a list of (start, end) pairs, got {result!r}"
    return [tuple(pair) for pair in result]



def doubled_points(intervals) -> set[int]:
    """Every integer and half-integer point the intervals cover, doubled to stay integers."""
    return {point for start, end in intervals for point in range(2 * start, 2 * end + 1)}


@pytest.mark.checklist("practice_problems.intervals")
def test_merges_the_classic_example():
    got = as_pairs(call_kata(merge_intervals, [(1, 3), (2, 6), (8, 10), (15, 18)]))
    expect(got, [(1, 6), (8, 10), (15, 18)], f"(1, 3) and (2, 6) overlap and merge into (1, 6); got {got}")


@pytest.mark.checklist("practice_problems.intervals")
def test_unsorted_input_is_sorted_first():
    got = as_pairs(call_kata(merge_intervals, [(8, 10), (1, 3), (2, 6), (15, 18)]))
    expect(got, [(1, 6), (8, 10), (15, 18)], f"the input comes in any order; the result is sorted by start; got {got}")


@pytest.mark.checklist("practice_problems.intervals")
def test_touching_intervals_merge():
    got = as_pairs(call_kata(merge_intervals, [(1, 3), (3, 5), (6, 7)]))
    expect(got, [(1, 5), (6, 7)], f"(1, 3) and (3, 5) share the point 3: they merge; (6, 7) does not touch; got {got}")


@pytest.mark.checklist("practice_problems.intervals")
def test_an_interval_inside_another_keeps_the_outer_end():
    got = as_pairs(call_kata(merge_intervals, [(1, 10), (2, 3), (4, 5)]))
    expect(got, [(1, 10)], f"(2, 3) and (4, 5) lie inside (1, 10): the merged end stays 10; got {got}")
    got = as_pairs(call_kata(merge_intervals, [(1, 10), (2, 3), (9, 12)]))
    expect(got, [(1, 12)], f"(9, 12) overlaps (1, 10), not (2, 3): compare with the merged interval; got {got}")


@pytest.mark.checklist("practice_problems.intervals")
def test_leaves_the_callers_list_alone_and_accepts_any_iterable():
    intervals = [(5, 6), (1, 2)]
    call_kata(merge_intervals, intervals)
    assert intervals == [(5, 6), (1, 2)], f"merge_intervals reordered its argument to {intervals}: sort a copy"
    assert as_pairs(call_kata(merge_intervals, iter([[4, 5], [0, 1]]))) == [(0, 1), (4, 5)], "any iterable of pairs"
    expect(call_kata(merge_intervals, []), [], "no intervals, nothing merged")


@pytest.mark.checklist("practice_problems.intervals")
@quick_properties
@given(INTERVALS)
def test_merged_intervals_are_sorted_disjoint_and_cover_the_same_points(intervals):
    before = list(intervals)
    merged = as_pairs(call_kata(merge_intervals, intervals))
    assert intervals == before, "merge_intervals changed its argument"
    for start, end in merged:
        assert start <= end, f"{(start, end)} in the result of merge_intervals({intervals}) has start > end"
    for (_, end), (start, _) in zip(merged, merged[1:]):
        assert end < start, (
            f"merge_intervals({intervals}) gave {merged}: consecutive intervals must not overlap or touch"
        )
    before_points, after_points = doubled_points(intervals), doubled_points(merged)
    missed, added = before_points - after_points, after_points - before_points
    assert not missed and not added, (
        f"merge_intervals({intervals}) gave {merged}, which "
        + (f"misses the point {min(missed) / 2}" if missed else f"adds the point {min(added) / 2}")
    )


@pytest.mark.checklist("practice_problems.intervals")
def test_free_slots_of_a_day():
    got = as_pairs(call_kata(free_slots, [(10, 11), (9, 10), (13, 14)], 8, 17))
    expect(got, [(8, 9), (11, 13), (14, 17)], f"busy 9-11 and 13-14 in a day from 8 to 17; got {got}")


@pytest.mark.checklist("practice_problems.intervals")
def test_free_slots_with_busy_time_outside_the_day():
    got = as_pairs(call_kata(free_slots, [(6, 9), (16, 20), (12, 12)], 8, 17))
    expect(got, [(9, 16)], f"busy 6-9 and 16-20 reach outside the day from 8 to 17; (12, 12) takes no time; got {got}")
    assert as_pairs(call_kata(free_slots, [], 8, 17)) == [(8, 17)], "nothing busy: the whole day is free"
    assert as_pairs(call_kata(free_slots, [(0, 24)], 8, 17)) == [], "busy all day: no free slot"


@pytest.mark.checklist("practice_problems.intervals")
def test_free_slots_when_busy_time_meets_the_edges_of_the_day():
    got = as_pairs(call_kata(free_slots, [(12, 13), (8, 9)], 8, 13))
    expect(
        got,
        [(9, 12)],
        f"busy from the start of the day (8) and until its end (13): no empty slot at either edge; got {got}",
    )
    got = as_pairs(call_kata(free_slots, [(9, 10), (10, 12)], 8, 14))
    expect(got, [(8, 9), (12, 14)], f"(9, 10) and (10, 12) touch: no empty slot at 10 between them; got {got}")


@pytest.mark.checklist("practice_problems.intervals")
@quick_properties
@given(INTERVALS, st.integers(0, 20), st.integers(1, 20))
def test_free_slots_cover_exactly_the_free_points(busy, day_start, length):
    day_end = day_start + length
    slots = as_pairs(call_kata(free_slots, busy, day_start, day_end))
    for start, end in slots:
        assert day_start <= start < end <= day_end, (
            f"slot {(start, end)} is empty or outside the day {(day_start, day_end)}"
        )
    for (_, end), (start, _) in zip(slots, slots[1:]):
        assert end < start, f"free_slots gave {slots}: sorted, and two slots never touch (they would be one slot)"
    busy_points, free_points = doubled_points(busy), doubled_points(slots)
    for doubled in range(2 * day_start + 1, 2 * day_end, 2):  # the half-integer points of the day
        assert (doubled in free_points) != (doubled in busy_points), (
            f"free_slots({busy}, {day_start}, {day_end}) gave {slots}: the point {doubled / 2} is "
            f"{'busy' if doubled in busy_points else 'free'}"
        )


STOP_AT = 3  # a run this many times over its budget is stopped where it is: it can only fail


class OverBudget(AssertionError):
    """Raised inside the learner's code once it is STOP_AT times over the comparison budget."""


class Budget:
    def __init__(self, limit: int, message: str):
        self.limit, self.message, self.count = limit, message, 0

    def tick(self) -> None:
        self.count += 1
        if self.count > STOP_AT * self.limit:  # far over the bound: stop the run, it can only fail
            raise OverBudget(self.message.format(count=f"more than {STOP_AT * self.limit}"))


class Point:
    """An endpoint that counts every comparison made on it."""

    __slots__ = ("value", "budget")

    def __init__(self, value, budget: Budget):
        self.value, self.budget = value, budget

    def _other(self, other):
        return other.value if isinstance(other, Point) else other

    def __eq__(self, other):
        self.budget.tick()
        return self.value == self._other(other)

    def __ne__(self, other):
        self.budget.tick()
        return self.value != self._other(other)

    def __lt__(self, other):
        self.budget.tick()
        return self.value < self._other(other)

    def __le__(self, other):
        self.budget.tick()
        return self.value <= self._other(other)

    def __gt__(self, other):
        self.budget.tick()
        return self.value > self._other(other)

    def __ge__(self, other):
        self.budget.tick()
        return self.value >= self._other(other)

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"Point({self.value})"


def meetings(n: int, budget: Budget) -> tuple[list[tuple], list[tuple]]:
    """n shuffled intervals: mostly apart, every fourth overlapping the one before it. Returns (counted, merged)."""
    plain = []
    for k in range(n):
        start = 10 * k - (5 if k % 4 == 3 else 0)
        plain.append((start, start + 3))
    merged = []
    for start, end in plain:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    random.Random(n).shuffle(plain)
    return [(Point(s, budget), Point(e, budget)) for s, e in plain], merged


def comparison_budget(n: int) -> int:
    return math.ceil(3 * n * math.log2(n) + 4 * n)


def plain(value):
    return getattr(value, "value", value)


@pytest.mark.checklist("practice_problems.intervals")
@pytest.mark.parametrize("n", [256, 2048])
def test_merging_costs_n_log_n_comparisons(n):
    limit = comparison_budget(n)
    budget = Budget(
        limit,
        f"merge_intervals on {n} intervals made {{count}} comparisons of endpoints. The bound is O(n log n): "
        f"3 * n * log2(n) + 4 * n = {limit}. Comparing every interval with the merged ones so far costs about n*n/2.",
    )
    intervals, expected = meetings(n, budget)
    got = [(plain(s), plain(e)) for s, e in call_kata(merge_intervals, intervals)]
    expect(got, expected, f"wrong merge of {n} intervals")
    assert budget.count <= limit, budget.message.format(count=budget.count)


@pytest.mark.checklist("practice_problems.intervals")
@pytest.mark.parametrize("n", [256, 2048])
def test_free_slots_cost_n_log_n_comparisons(n):
    limit = comparison_budget(n) + 4 * n
    budget = Budget(
        limit,
        f"free_slots on {n} busy intervals made {{count}} comparisons of endpoints. The bound is O(n log n): "
        f"3 * n * log2(n) + 8 * n = {limit}. Checking every candidate gap against every busy interval costs n*n.",
    )
    intervals, merged = meetings(n, budget)
    day_end = Point(merged[-1][1] + 1, budget)
    got = [(plain(s), plain(e)) for s, e in call_kata(free_slots, intervals, Point(-10, budget), day_end)]
    gaps = [(before[1], after[0]) for before, after in zip(merged, merged[1:])]
    expected = [(-10, merged[0][0]), *gaps, (merged[-1][1], plain(day_end))]
    expect(got, expected, f"wrong free slots among {n} busy intervals")
    assert budget.count <= limit, budget.message.format(count=budget.count)
