"""Tests for warmer_days_stack.py: the next warmer day for every day, with a monotonic stack.

Cost is counted, not timed: the temperatures are ints that count every comparison made on
them. A stack answers all days with at most about 2n comparisons; looking ahead from each
day costs O(n^2) when warm days are rare.
"""

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import call_kata, expect
from warmer_days_stack import days_until_warmer

# The project's Hypothesis settings, with fewer examples and without the explain phase (which costs
# seconds on every failure), so that the whole topic runs in under a second.
properties = settings(kata_properties, max_examples=30, phases=[p for p in Phase if p is not Phase.explain])


class Tally:
    """A count of comparisons that stops the code under test once it is far past its bound."""

    def __init__(self, bound):
        self.count, self.bound, self.limit = 0, bound, 10 * bound

    def over(self):
        raise AssertionError(
            f"stopped after {self.count} comparisons of temperatures, 10 times the bound of {self.bound}: "
            "that is not O(n)"
        )


def counted_temperatures(values, tally):
    """Temperatures (ints) that add 1 to tally.count for each comparison or subtraction they take part in."""

    def counting(name):
        base = getattr(int, name)

        def method(self, other):
            tally.count += 1
            if tally.count > tally.limit:
                tally.over()
            return base(self, other)

        return method

    names = ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__", "__sub__", "__rsub__")
    Temperature = type("Temperature", (int,), {**{n: counting(n) for n in names}, "__hash__": int.__hash__})
    return [Temperature(v) for v in values]


def look_ahead(temperatures):
    waits = []
    for day, temperature in enumerate(temperatures):
        later = (d for d in range(day + 1, len(temperatures)) if temperatures[d] > temperature)
        waits.append(next((d - day for d in later), 0))
    return waits


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_the_example():
    expect(
        call_kata(days_until_warmer, [73, 74, 75, 71, 69, 72, 76, 73]),
        [1, 1, 4, 2, 1, 1, 0, 0],
        "day 2 (75) waits 4 days for 76; day 3 (71) waits 2 days for 72; the last two never get warmer: 0",
    )


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_equal_is_not_warmer():
    expect(
        call_kata(days_until_warmer, [70, 70, 70, 71]),
        [3, 2, 1, 0],
        "a day as warm as today is not warmer: each 70 waits for the 71",
    )


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_edges():
    expect(call_kata(days_until_warmer, []), [], "no days: []")
    expect(call_kata(days_until_warmer, [50]), [0], "one day never gets a warmer one")
    expect(call_kata(days_until_warmer, [60, 50, 40]), [0, 0, 0], "only cooler days ahead: all 0")
    expect(call_kata(days_until_warmer, [40, 50, 60]), [1, 1, 0], "every day warmer than the last: 1, 1, 0")


@pytest.mark.checklist("interview_patterns.heap_stack")
@properties
@given(st.lists(st.integers(0, 8), max_size=30))
def test_matches_looking_ahead_from_each_day(temperatures):
    expect(
        call_kata(days_until_warmer, temperatures),
        look_ahead(temperatures),
        "for each day, the number of days until the first strictly warmer one, or 0",
    )


@pytest.mark.checklist("interview_patterns.heap_stack")
@pytest.mark.parametrize("days", [300, 3000])
def test_cost_is_linear(days):
    # A long cold spell (warm days are rare), then a thaw.
    values = [100 - day * 50 // days for day in range(days - 1)] + [200]
    bound = 3 * days
    tally = Tally(bound)
    got = call_kata(days_until_warmer, counted_temperatures(values, tally))
    assert tally.count <= bound, (
        f"{days} days should cost O(n) comparisons of temperatures: at most {bound}, counted {tally.count}. "
        "Each day enters the stack once and leaves it at most once"
    )
    assert got[0] == days - 1 and got[-1] == 0, "the first day waits for the thaw on the last day"
