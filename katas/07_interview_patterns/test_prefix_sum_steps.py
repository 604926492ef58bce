"""Tests for prefix_sum_steps.py: range totals from running totals, each question in O(1).

Cost is counted, not timed: the step counts are ints that count every addition and
subtraction they take part in. Building the running totals takes about one addition per
day; answering a question from them takes a subtraction or none, never one per day of the range.
"""

import random

import pytest
from dojo.testing import call_kata, expect
from prefix_sum_steps import StepLog


class Tally:
    """A count of operations that stops the code under test once it is far past its bound."""

    def __init__(self, bound, stop_at=10):
        self.count, self.bound, self.limit = 0, bound, stop_at * bound

    def over(self):
        raise AssertionError(
            f"stopped after {self.count} operations on the step counts, {self.limit // self.bound} times "
            f"the bound of {self.bound}: that is not O(n + q)"
        )


def counted_steps(values, tally):
    """Step counts (ints) that add 1 to tally.count for each +, - or comparison they take part in."""

    def counting(name):
        base = getattr(int, name)

        def method(self, other):
            tally.count += 1
            if tally.count > tally.limit:
                tally.over()
            return base(self, other)

        return method

    names = ("__add__", "__radd__", "__sub__", "__rsub__", "__lt__", "__le__", "__gt__", "__ge__", "__eq__")
    Steps = type("Steps", (int,), {**{n: counting(n) for n in names}, "__hash__": int.__hash__})
    return [Steps(v) for v in values]


WEEK = (4200, 10310, 8000, 0, 12500, 6100, 9900)  # a tuple: each test hands the code under test a fresh list


@pytest.mark.checklist("interview_patterns.prefix_sums")
def test_totals_of_a_week():
    log = call_kata(StepLog, list(WEEK))
    expect(call_kata(log.total, 0, 6), sum(WEEK), "total(0, 6) is the whole week: every day counts")
    expect(call_kata(log.total, 1, 3), 10310 + 8000 + 0, "total(1, 3) covers days 1, 2 and 3: both ends are included")
    expect(call_kata(log.total, 4, 5), 12500 + 6100, "total(4, 5) covers days 4 and 5")


@pytest.mark.checklist("interview_patterns.prefix_sums")
def test_one_day_ranges():
    log = call_kata(StepLog, list(WEEK))
    got = [call_kata(log.total, day, day) for day in range(len(WEEK))]
    expect(got, list(WEEK), f"total(d, d) should be the steps of day d alone; got {got} for the week {list(WEEK)}. "
        "An off-by-one in the running totals shows up first on one-day ranges")


@pytest.mark.checklist("interview_patterns.prefix_sums")
def test_the_callers_list_is_left_as_it_was():
    days = list(WEEK)
    log = call_kata(StepLog, days)
    assert days == list(WEEK), (
        f"StepLog changed the list it was given into {days}: running totals computed in place overwrite "
        "the caller's data. Build a list of your own"
    )
    expect(call_kata(log.total, 2, 2), WEEK[2], "total(2, 2) is the steps of day 2 alone")


@pytest.mark.checklist("interview_patterns.prefix_sums")
def test_the_log_is_read_once_at_construction():
    steps = [3, 1, 4, 1, 5]
    log = call_kata(StepLog, iter(steps))
    expect(
        call_kata(log.total, 0, 4),
        14,
        "StepLog must accept any iterable of step counts, even a one-pass iterator: read it once, in __init__",
    )


@pytest.mark.checklist("interview_patterns.prefix_sums")
@pytest.mark.parametrize("seed", range(3))
def test_every_range_total_matches_adding_up_the_days(seed):
    rng = random.Random(seed)
    days = [rng.choice([0, rng.randrange(1, 30_000)]) for _ in range(rng.randrange(1, 15))]
    log = call_kata(StepLog, days)
    for first in range(len(days)):
        for last in range(first, len(days)):
            expect(
                call_kata(log.total, first, last),
                sum(days[first : last + 1]),
                f"total({first}, {last}) should add up days {first} to {last} of {days}, both included",
            )


@pytest.mark.checklist("interview_patterns.prefix_sums")
@pytest.mark.parametrize("days", [200, 2000])
def test_cost_is_linear_to_build_and_constant_per_question(days):
    rng = random.Random(days)
    questions = [(rng.randrange(days // 10), days - 1 - rng.randrange(days // 10)) for _ in range(days)]
    bound = 3 * (days + len(questions))
    tally = Tally(bound)
    log = call_kata(StepLog, counted_steps([rng.randrange(20_000) for _ in range(days)], tally))
    for first, last in questions:
        call_kata(log.total, first, last)
    assert tally.count <= bound, (
        f"building a log of {days} days and answering {len(questions)} questions about long ranges should "
        f"cost O(n + q) arithmetic on the step counts: at most {bound}, counted {tally.count}. Adding up each "
        "range when it is asked costs O(range length) per question"
    )
