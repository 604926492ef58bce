"""Tests for top_k_items.py: results against a slow oracle; cost counted on the values and words."""

import math
import random
from collections import Counter

import pytest

from dojo.testing import call_kata, expect
from top_k_items import largest, most_frequent

HASHES_PER_WORD = 10  # Counter(words) costs about 2 per word; counting with get() and ordering ties, about 6
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

    def check(self) -> None:
        assert self.count <= self.limit, self.message.format(count=self.count)


class Counted:
    """A value or word that counts every comparison and hash made on it."""

    __slots__ = ("value", "budget")

    def __init__(self, value, budget: Budget):
        self.value, self.budget = value, budget

    def _other(self, other):
        return other.value if isinstance(other, Counted) else other

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

    def __neg__(self):
        self.budget.tick()
        return Counted(-self.value, self.budget)

    def __repr__(self):
        return f"Counted({self.value!r})"


@pytest.mark.checklist("practice_problems.top_k")
def test_largest_returns_the_k_largest_largest_first():
    got = call_kata(largest, [5, 1, 9, 3, 7, 9, 2], 3)
    expect(got, [9, 9, 7], f"the 3 largest of [5, 1, 9, 3, 7, 9, 2], largest first; got {got}")


@pytest.mark.checklist("practice_problems.top_k")
def test_largest_with_k_zero_or_more_than_there_are():
    expect(call_kata(largest, [4, 8, 1], 0), [], "k == 0 asks for nothing: []")
    expect(call_kata(largest, [4, 8, 1], 10), [8, 4, 1], "k larger than the list: all of them, largest first")
    expect(call_kata(largest, [], 3), [], "no values, nothing to return")


@pytest.mark.checklist("practice_problems.top_k")
def test_largest_leaves_the_callers_list_alone():
    values = [3, 1, 2]
    call_kata(largest, values, 2)
    assert values == [3, 1, 2], f"largest changed its argument to {values}: work on a copy or a heap of your own"


@pytest.mark.checklist("practice_problems.top_k")
def test_largest_agrees_with_sorting_everything():
    rng = random.Random(6)
    for _ in range(120):
        values = [rng.randint(-50, 50) for _ in range(rng.randint(0, 30))]
        k = rng.randint(0, 35)
        expect(
            call_kata(largest, list(values), k),
            sorted(values, reverse=True)[:k],
            f"largest({values}, {k}) should be the first {k} values of the list sorted from the largest",
        )


def shuffled_values(n: int, budget: Budget) -> list:
    values = list(range(n))
    random.Random(n).shuffle(values)
    return [Counted(v, budget) for v in values]


def largest_budget(n: int, k: int) -> int:
    return math.ceil(n * (1 + 2 * math.log2(k + 1)))


@pytest.mark.checklist("practice_problems.top_k")
@pytest.mark.parametrize(("n", "k"), [(1000, 5), (8000, 5), (4000, 100)])
def test_largest_costs_n_log_k_comparisons(n, k):
    limit = largest_budget(n, k)
    budget = Budget(
        limit,
        f"largest(..., {k}) on {n} shuffled values made {{count}} comparisons. The bound is O(n log k): "
        f"n * (1 + 2 * log2(k + 1)) = {limit}. Sorting everything costs about n * log2(n); "
        "k passes of max() cost k * n.",
    )
    values = shuffled_values(n, budget)
    result = call_kata(largest, values, k)
    assert [getattr(v, "value", v) for v in result] == list(range(n - 1, n - 1 - k, -1)), f"wrong top {k} of {n} values"
    budget.check()


@pytest.mark.checklist("practice_problems.top_k")
def test_most_frequent_counts_and_orders():
    words = "the cat and the hat and the bat".split()
    expect(
        call_kata(most_frequent, words, 2),
        [("the", 3), ("and", 2)],
        "'the' occurs 3 times, 'and' twice: [('the', 3), ('and', 2)]",
    )
    expect(call_kata(most_frequent, [], 2), [], "no words, no counts")


@pytest.mark.checklist("practice_problems.top_k")
def test_most_frequent_breaks_ties_by_first_appearance():
    expect(
        call_kata(most_frequent, ["a", "b", "a", "b", "c"], 2),
        [("a", 2), ("b", 2)],
        "'a' and 'b' both occur twice and 'a' appears first: it comes first, whatever the alphabet says",
    )
    expect(
        call_kata(most_frequent, ["pear", "fig", "apple", "fig"], 3),
        [("fig", 2), ("pear", 1), ("apple", 1)],
        "'pear' and 'apple' tie at 1: 'pear' appears first",
    )


@pytest.mark.checklist("practice_problems.top_k")
def test_most_frequent_agrees_with_counting_by_hand():
    rng = random.Random(66)
    for _ in range(100):
        words = [rng.choice("abcdef") for _ in range(rng.randint(0, 25))]
        k = rng.randint(0, 7)
        counts = {}
        for word in words:
            counts[word] = counts.get(word, 0) + 1
        order = sorted(counts, key=lambda w: (-counts[w], words.index(w)))
        expect(
            call_kata(most_frequent, list(words), k),
            [(w, counts[w]) for w in order[:k]],
            f"most_frequent({words}, {k}): the k most common (word, count) pairs, ties in order of first appearance",
        )


@pytest.mark.checklist("practice_problems.top_k")
@pytest.mark.parametrize("n", [600, 6000])
def test_most_frequent_costs_a_constant_number_of_hashes_per_word(n):
    limit = HASHES_PER_WORD * n
    budget = Budget(
        limit,
        f"most_frequent on {n} words made {{count}} hashes and comparisons of words. The bound is O(n): "
        f"at most {HASHES_PER_WORD} per word, {limit} in all. words.count(w) for each word costs n per word.",
    )
    rng = random.Random(n)
    vocabulary = [f"w{i}" for i in range(n // 3)]
    plain = [rng.choice(vocabulary) for _ in range(n)]
    words = [Counted(word, budget) for word in plain]  # a new object per occurrence, as read from a file
    result = call_kata(most_frequent, words, 3)
    expected = Counter(plain).most_common(3)
    assert [(getattr(w, "value", w), c) for w, c in result] == expected, f"wrong top 3 of {n} words"
    budget.check()
