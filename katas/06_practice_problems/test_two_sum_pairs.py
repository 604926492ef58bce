"""Tests for two_sum_pairs.py: any valid pair is accepted; the cost is counted on the numbers themselves."""

import random

import pytest

from dojo.testing import call_kata, expect
from two_sum_pairs import two_sum

OPS_PER_NUMBER = 6  # a dict-based pass costs about 3 operations per number


STOP_AT = 3  # a run this many times over its budget is stopped where it is: it can only fail


class OverBudget(AssertionError):
    """Raised inside the learner's code once it is STOP_AT times over the operation budget."""


class Budget:
    def __init__(self, limit: int, message: str):
        self.limit, self.message, self.count = limit, message, 0

    def tick(self) -> None:
        self.count += 1
        if self.count > STOP_AT * self.limit:  # far over the bound: stop the run, it can only fail
            raise OverBudget(self.message.format(count=f"more than {STOP_AT * self.limit}"))


class Num:
    """A number that counts every hash, comparison and addition made on it (no int() escape)."""

    __slots__ = ("value", "budget")

    def __init__(self, value, budget: Budget):
        self.value, self.budget = value, budget

    def _other(self, other):
        return other.value if isinstance(other, Num) else other

    def __hash__(self):
        self.budget.tick()
        return hash(self.value)

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

    def __add__(self, other):
        self.budget.tick()
        return Num(self.value + self._other(other), self.budget)

    __radd__ = __add__

    def __sub__(self, other):
        self.budget.tick()
        return Num(self.value - self._other(other), self.budget)

    def __rsub__(self, other):
        self.budget.tick()
        return Num(self._other(other) - self.value, self.budget)

    def __neg__(self):
        self.budget.tick()
        return Num(-self.value, self.budget)

    def __repr__(self):
        return f"Num({self.value})"


def assert_valid_pair(nums, target, pair):
    assert isinstance(pair, tuple) and len(pair) == 2, (
        f"two_sum({nums}, {target}) should return a tuple (i, j), not {pair!r}"
    )
    i, j = pair
    assert 0 <= i < j < len(nums), (
        f"two_sum({nums}, {target}) returned {pair}: indices must satisfy 0 <= i < j < len(nums)"
    )
    assert nums[i] + nums[j] == target, (
        f"two_sum({nums}, {target}) returned {pair}, but nums[{i}] + nums[{j}] == {nums[i] + nums[j]}, not {target}"
    )


def has_pair(nums, target) -> bool:
    return any(nums[i] + nums[j] == target for i in range(len(nums)) for j in range(i + 1, len(nums)))


@pytest.mark.checklist("practice_problems.two_sum")
def test_finds_the_pair_in_the_classic_example():
    assert_valid_pair([2, 7, 11, 15], 9, call_kata(two_sum, [2, 7, 11, 15], 9))


@pytest.mark.checklist("practice_problems.two_sum")
def test_returns_none_when_no_pair_adds_up():
    assert call_kata(two_sum, [1, 2, 4, 8], 100) is None, "no two numbers of [1, 2, 4, 8] add up to 100: return None"
    assert call_kata(two_sum, [], 0) is None, "an empty list has no pair: return None"


@pytest.mark.checklist("practice_problems.two_sum")
def test_a_number_is_not_its_own_partner():
    assert call_kata(two_sum, [3], 6) is None, "[3] has one number: 3 + 3 would use it twice"
    assert call_kata(two_sum, [3, 4, 1], 6) is None, "3 + 3 == 6 uses the same 3 twice: there is no pair"
    assert_valid_pair([3, 4, 3], 6, call_kata(two_sum, [3, 4, 3], 6))


@pytest.mark.checklist("practice_problems.two_sum")
def test_negative_numbers_and_zero():
    assert_valid_pair([-3, 4, 3, 90], 0, call_kata(two_sum, [-3, 4, 3, 90], 0))
    assert_valid_pair([0, 5, -5, 0], 0, call_kata(two_sum, [0, 5, -5, 0], 0))


@pytest.mark.checklist("practice_problems.two_sum")
def test_any_valid_pair_is_accepted_and_none_is_missed():
    rng = random.Random(612)
    for _ in range(150):
        nums = [rng.randint(-20, 20) for _ in range(rng.randint(0, 12))]
        target = rng.randint(-30, 30)
        before = list(nums)
        pair = call_kata(two_sum, nums, target)
        assert nums == before, f"two_sum changed its argument to {nums}: leave the caller's list as it was"
        if has_pair(nums, target):
            assert pair is not None, (
                f"two_sum({nums}, {target}) returned None, but two of these numbers add up to {target}"
            )
            assert_valid_pair(nums, target, pair)
        else:
            assert pair is None, f"two_sum({nums}, {target}) returned {pair!r}: no two numbers add up to {target}"


def counted_input(n: int, budget: Budget):
    """Multiples of 4, shuffled, plus a 1 and a 2: the only pair adding up to 3, far from the start."""
    values = [4 * k for k in range(n - 2)]
    random.Random(n).shuffle(values)
    values.insert(n // 2, 1)
    values.append(2)
    return [Num(v, budget) for v in values], 3, (n // 2, n - 1)


@pytest.mark.checklist("practice_problems.two_sum")
@pytest.mark.parametrize("n", [500, 4000])
def test_cost_is_linear_in_the_number_of_numbers(n):
    limit = OPS_PER_NUMBER * n
    budget = Budget(
        limit,
        f"two_sum on {n} numbers made {{count}} operations on them (hashes, comparisons, +, -). "
        f"The bound is O(n): at most {OPS_PER_NUMBER} per number, {limit} in all. "
        "Trying every pair costs about n*n/2; sorting costs n*log2(n) comparisons.",
    )
    nums, target, expected = counted_input(n, budget)
    pair = call_kata(two_sum, nums, target)
    expect(pair, expected, f"two_sum returned {pair!r} on {n} numbers whose only pair is at {expected}")
    assert budget.count <= limit, budget.message.format(count=budget.count)
