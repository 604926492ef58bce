"""Tests for coin_change_table.py: fewest coins by a bottom-up table, with no recursion limit.

Cost is counted, not timed: the coins are ints that count every comparison and subtraction they
take part in. A table costs O(amount * len(coins)); plain recursion tries the same amounts over
and over (exponentially many calls); memoized recursion is fast but nests one call per coin,
which passes Python's recursion limit (1000 by default) long before 10,000.
"""

import itertools

import pytest

from coin_change_table import min_coins
from dojo.testing import KataFailure, assert_returns, call_kata


class Tally:
    def __init__(self, bound=10**9):
        self.count, self.bound = 0, bound

    def tick(self):
        self.count += 1
        if self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} comparisons and subtractions with coins, 10 times the bound of "
                f"{self.bound}: that is not O(amount * len(coins)). Is the same amount solved again and again?"
            )


def counted_coins(values, tally):
    """Ints that add 1 to tally.count for each comparison, subtraction or addition they take part in."""

    def counting(name):
        base = getattr(int, name)

        def method(self, other):
            tally.tick()
            return base(self, other)

        return method

    names = ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__", "__sub__", "__rsub__", "__add__",
             "__radd__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__")  # fmt: skip
    namespace = {name: counting(name) for name in names}
    namespace["__hash__"] = int.__hash__
    Coin = type("Coin", (int,), namespace)
    return [Coin(value) for value in values]


def by_brute_force(amount, coins):
    for count in range(amount + 1):
        if any(sum(combo) == amount for combo in itertools.combinations_with_replacement(coins, count)):
            return count
    return None


def explain_recursion(call, amount):
    try:
        return call()
    except KataFailure as failure:
        if isinstance(failure.__cause__, RecursionError):
            raise KataFailure(
                f"RecursionError for the amount {amount}: memoized recursion nests one call per coin taken, and "
                "Python stops at sys.getrecursionlimit() (1000 by default). Fill a table from 0 up instead"
            ) from failure
        raise


@pytest.mark.checklist("interview_patterns.dynamic_programming")
def test_examples():
    assert_returns(call_kata(min_coins, 11, [1, 2, 5]), 3, "min_coins(11, [1, 2, 5]) (5 + 5 + 1)")
    assert_returns(call_kata(min_coins, 7, [2, 4]), None, "min_coins(7, [2, 4]) (only even amounts are possible)")
    assert_returns(call_kata(min_coins, 0, [3, 7]), 0, "min_coins(0, [3, 7]) (nothing to pay)")
    assert_returns(call_kata(min_coins, 3, [5]), None, "min_coins(3, [5])")


@pytest.mark.checklist("interview_patterns.dynamic_programming")
@pytest.mark.parametrize(("amount", "coins", "fewest"), [(6, [1, 3, 4], 2), (12, [1, 6, 9], 2), (30, [1, 10, 25], 3)])
def test_the_largest_coin_first_is_not_always_fewest(amount, coins, fewest):
    assert_returns(
        call_kata(min_coins, amount, coins),
        fewest,
        f"min_coins({amount}, {coins}): taking the largest coin that fits, again and again, is not always fewest",
    )


@pytest.mark.checklist("interview_patterns.dynamic_programming")
def test_agrees_with_brute_force_on_small_cases():
    for coins in ([1], [2], [3, 5], [1, 3, 4], [2, 5, 7], [4, 6, 9], [1, 5, 10, 25]):
        for amount in range(0, 25):
            assert_returns(
                call_kata(min_coins, amount, list(coins)), by_brute_force(amount, coins), f"min_coins({amount}, {coins})"
            )


@pytest.mark.checklist("interview_patterns.dynamic_programming")
@pytest.mark.parametrize("amount", [1_000, 10_000])
def test_costs_amount_times_coins(amount):
    coins = [1, 7, 10, 22]
    bound = 8 * amount * len(coins) + 100
    tally = Tally(bound)
    got = explain_recursion(lambda: call_kata(min_coins, amount, counted_coins(coins, tally)), amount)
    assert tally.count <= bound, (
        f"min_coins({amount}, {coins}) made {tally.count} comparisons and subtractions with coins; a table "
        f"allows O(amount * len(coins)): at most {bound}"
    )
    assert got == by_table(amount, coins), f"and min_coins({amount}, {coins}) is {by_table(amount, coins)}"


def by_table(amount, coins):
    best = [0] + [None] * amount
    for a in range(1, amount + 1):
        options = [best[a - c] for c in coins if c <= a and best[a - c] is not None]
        best[a] = min(options) + 1 if options else None
    return best[amount]


@pytest.mark.checklist("interview_patterns.dynamic_programming")
def test_an_amount_far_deeper_than_the_recursion_limit():
    amount = 30_000
    got = explain_recursion(lambda: call_kata(min_coins, amount, [2, 3]), amount)
    assert_returns(got, 10_000, f"min_coins({amount}, [2, 3]) (ten thousand 3s)")
