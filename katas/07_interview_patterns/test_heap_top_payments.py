"""Tests for heap_top_payments.py: the k largest of a stream, with a heap of size k.

Cost is counted, not timed: the amounts count every comparison made on them, and count how
many of them are still alive when the stream ends. A heap of size k costs O(n log k)
comparisons and keeps k amounts; sorting everything costs O(n log n) and keeps n; picking
the maximum k times costs O(n * k).
"""

import math
import random

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import call_kata, expect
from heap_top_payments import largest_payments

# The project's Hypothesis settings, with fewer examples and without the explain phase (which costs
# seconds on every failure), so that the whole topic runs in under a second.
properties = settings(kata_properties, max_examples=30, phases=[p for p in Phase if p is not Phase.explain])


class Tally:
    """Comparisons made on the amounts, and amounts alive; stops the code under test far past its bound."""

    def __init__(self, bound=10**9):
        self.count, self.bound, self.limit = 0, bound, 10 * bound
        self.alive = self.alive_at_end = 0

    def over(self):
        raise AssertionError(
            f"stopped after {self.count} comparisons of amounts, 10 times the bound of {self.bound}: "
            "that is not O(n log k)"
        )


def counted_stream(values, tally):
    """A one-pass stream of amounts (ints) that count their comparisons and how many are alive."""

    def counting(name):
        base = getattr(int, name)

        def method(self, other):
            tally.count += 1
            if tally.count > tally.limit:
                tally.over()
            return base(self, other)

        return method

    def finalize(self):
        tally.alive -= 1

    names = ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__")
    Amount = type("Amount", (int,), {**{n: counting(n) for n in names}, "__hash__": int.__hash__, "__del__": finalize})
    for value in values:
        tally.alive += 1
        yield Amount(value)
    tally.alive_at_end = tally.alive


def amounts(size, seed):
    rng = random.Random(seed)
    return [rng.randrange(100_000) for _ in range(size)]


PAYMENTS = (120, 5, 990, 42, 990, 300, 7)  # a tuple: each test hands the code under test a fresh list


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_the_largest_first():
    expect(
        call_kata(largest_payments, list(PAYMENTS), 3),
        [990, 990, 300],
        "the 3 largest of the day, largest first; the two payments of 990 are two payments",
    )
    expect(call_kata(largest_payments, list(PAYMENTS), 1), [990], "k = 1 is the maximum")


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_small_and_large_k():
    expect(call_kata(largest_payments, list(PAYMENTS), 0), [], "k = 0 asks for nothing: []")
    expect(
        call_kata(largest_payments, list(PAYMENTS), 10),
        sorted(PAYMENTS, reverse=True),
        "with fewer payments than k, return them all, largest first",
    )
    expect(call_kata(largest_payments, [], 3), [], "no payments: []")


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_reads_a_one_pass_stream():
    stream = (amount for amount in PAYMENTS)
    expect(
        call_kata(largest_payments, stream, 2),
        [990, 990],
        "payments may be a generator, which can be read only once: one pass over it",
    )


@pytest.mark.checklist("interview_patterns.heap_stack")
@properties
@given(st.lists(st.integers(0, 30), max_size=30), st.integers(0, 35))
def test_matches_sorting_everything(values, k):
    expect(
        call_kata(largest_payments, iter(values), k),
        sorted(values, reverse=True)[:k],
        f"the {k} largest payments, largest first, repeats included",
    )


@pytest.mark.checklist("interview_patterns.heap_stack")
@pytest.mark.parametrize("size", [1024, 4096])
def test_few_from_many_costs_n_log_k(size):
    k = 3
    bound = 3 * size * math.ceil(math.log2(k + 1))
    tally = Tally(bound)
    got = call_kata(largest_payments, counted_stream(amounts(size, seed=size), tally), k)
    assert tally.count <= bound, (
        f"the {k} largest of {size} payments should cost O(n log k) comparisons: at most {bound}, counted "
        f"{tally.count}. Sorting all n costs n log n; a heap of only k has a root to beat"
    )
    assert got == sorted(amounts(size, seed=size), reverse=True)[:k], "and return the right ones"


@pytest.mark.checklist("interview_patterns.heap_stack")
@pytest.mark.parametrize(("size", "k"), [(512, 64), (2048, 128)])
def test_many_from_many_costs_n_log_k(size, k):
    bound = 3 * size * math.ceil(math.log2(k + 1))
    tally = Tally(bound)
    got = call_kata(largest_payments, counted_stream(amounts(size, seed=k), tally), k)
    assert tally.count <= bound, (
        f"the {k} largest of {size} payments should cost O(n log k) comparisons: at most {bound}, counted "
        f"{tally.count}. Taking the maximum k times costs n * k"
    )
    assert got == sorted(amounts(size, seed=k), reverse=True)[:k], "and return the right ones"


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_keeps_only_k_payments():
    k, tally = 5, Tally()
    got = call_kata(largest_payments, counted_stream(amounts(2000, seed=7), tally), k)
    assert tally.alive_at_end <= k + 2, (
        f"when a stream of 2000 payments ended, {tally.alive_at_end} of them were still kept: O(k) memory "
        f"keeps about k = {k} (the heap, plus the payment in hand), never the whole stream"
    )
    assert len(got) == k, f"and return {k} payments"
