"""Tests for two_pointer_pairs.py: pairs in a sorted list, found in one inward sweep.

Cost is counted, not timed: the prices are ints that count every addition, subtraction and
comparison they take part in. Two pointers touch each price O(1) times; trying every pair
touches them n^2 / 2 times, and a binary search per item n log n times.
"""

import random
from itertools import combinations

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import call_kata, expect
from two_pointer_pairs import closest_pair, count_affordable_pairs

# The project's Hypothesis settings, with fewer examples and without the explain phase (which costs
# seconds on every failure), so that the whole topic runs in under a second.
properties = settings(kata_properties, max_examples=30, phases=[p for p in Phase if p is not Phase.explain])


class Tally:
    """A count of operations that stops the code under test once it is far past its bound."""

    def __init__(self, bound, stop_at=10):
        self.count, self.bound, self.limit = 0, bound, stop_at * bound

    def over(self):
        raise AssertionError(
            f"stopped after {self.count} operations on the prices, {self.limit // self.bound} times "
            f"the bound of {self.bound}: that is not O(n)"
        )


def counted_prices(values, tally):
    """Prices (ints) that add 1 to tally.count for each +, - or comparison they take part in."""

    def counting(name):
        base = getattr(int, name)

        def method(self, other):
            tally.count += 1
            if tally.count > tally.limit:
                tally.over()
            return base(self, other)

        return method

    names = ("__add__", "__radd__", "__sub__", "__rsub__", "__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__")
    Price = type("Price", (int,), {**{n: counting(n) for n in names}, "__hash__": int.__hash__})
    return [Price(v) for v in values]


def pairs_within(prices, budget):
    return sum(1 for a, b in combinations(prices, 2) if a + b <= budget)


PRICES = (5, 8, 12, 12, 20, 35, 50)  # a tuple: each test hands the code under test a fresh list


@pytest.mark.checklist("interview_patterns.two_pointers")
def test_counts_affordable_pairs():
    expect(
        call_kata(count_affordable_pairs, list(PRICES), 17),
        3,
        "with 17 to spend, the pairs are 5+8, 5+12 and 5+12 again (the two 12s are different items): 3",
    )
    expect(
        call_kata(count_affordable_pairs, list(PRICES), 20),
        5,
        "with 20: 5+8, 5+12 twice and 8+12 twice (a total of exactly the budget is affordable): 5",
    )
    expect(
        call_kata(count_affordable_pairs, list(PRICES), 24),
        6,
        "with 24: 5+8, 5+12, 5+12, 8+12, 8+12 and 12+12 (two different items at the same price): 6",
    )
    expect(call_kata(count_affordable_pairs, list(PRICES), 12), 0, "nothing pairs up under 13: 5+8 is already 13")


@pytest.mark.checklist("interview_patterns.two_pointers")
def test_an_item_never_pairs_with_itself():
    expect(call_kata(count_affordable_pairs, [10], 100), 0, "one item makes no pair, whatever the budget")
    expect(call_kata(count_affordable_pairs, [], 100), 0, "no items, no pairs")
    expect(
        call_kata(count_affordable_pairs, [1, 2, 3], 100),
        3,
        "three items within budget make 3 pairs (1+2, 1+3, 2+3): never an item with itself, never a pair twice",
    )


@pytest.mark.checklist("interview_patterns.two_pointers")
def test_closest_pair_on_examples():
    expect(
        call_kata(closest_pair, list(PRICES), 40),
        (0, 5),
        "the total nearest to 40 is 5 + 35 = 40 exactly: positions (0, 5)",
    )
    assert call_kata(closest_pair, list(PRICES), 30) in {(1, 4), (2, 4), (3, 4)}, (
        "no pair costs exactly 30; 8 + 20 = 28 and 12 + 20 = 32 are the nearest, 2 away: any of those pairs will do"
    )
    assert call_kata(closest_pair, [7], 7) is None, "one item makes no pair: None"


@pytest.mark.checklist("interview_patterns.two_pointers")
@properties
@given(st.lists(st.integers(0, 60), max_size=25).map(sorted), st.integers(0, 130))
def test_matches_checking_every_pair(prices, budget):
    expect(
        call_kata(count_affordable_pairs, prices, budget),
        pairs_within(prices, budget),
        f"count the pairs of positions i < j with prices[i] + prices[j] <= {budget}",
    )
    pair = call_kata(closest_pair, prices, budget)
    if len(prices) < 2:
        assert pair is None, "fewer than two items: None"
        return
    assert isinstance(pair, tuple) and len(pair) == 2, f"closest_pair should return a pair of positions, not {pair!r}"
    i, j = pair
    assert 0 <= i < j < len(prices), f"({i}, {j}) should be two different positions, i < j, inside the list"
    nearest = min(abs(a + b - budget) for a, b in combinations(prices, 2))
    assert abs(prices[i] + prices[j] - budget) == nearest, (
        f"positions ({i}, {j}) cost {prices[i] + prices[j]}: some pair is nearer to {budget}"
    )


def sorted_prices(size, seed):
    rng = random.Random(seed)
    return sorted(rng.randrange(10_000) for _ in range(size))


@pytest.mark.checklist("interview_patterns.two_pointers")
@pytest.mark.parametrize("size", [512, 4096])
def test_counting_pairs_is_linear(size):
    values = sorted_prices(size, seed=size)
    budget = values[size // 2] + values[size // 2 + 1]
    bound = 3 * size
    tally = Tally(bound)
    got = call_kata(count_affordable_pairs, counted_prices(values, tally), budget)
    assert tally.count <= bound, (
        f"counting pairs in {size} sorted prices should take O(n) operations on them: at most {bound}, "
        f"counted {tally.count}. A binary search per item costs n log n, every pair n^2 / 2"
    )
    assert isinstance(got, int) and got > 0, "the budget fits many pairs: the count should be a positive int"


@pytest.mark.checklist("interview_patterns.two_pointers")
@pytest.mark.parametrize("size", [512, 4096])
def test_closest_pair_is_linear(size):
    values = sorted_prices(size, seed=size + 1)
    bound = 4 * size
    tally = Tally(bound)
    pair = call_kata(closest_pair, counted_prices(values, tally), 10_001)
    assert tally.count <= bound, (
        f"finding the pair nearest a target in {size} sorted prices should take O(n) operations on them: "
        f"at most {bound}, counted {tally.count}"
    )
    assert pair is not None, "there are plenty of pairs: closest_pair should return one"
