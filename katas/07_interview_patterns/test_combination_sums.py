"""Tests for combination_sums.py: backtracking that prunes, checked against brute force.

Cost is counted, not timed: the candidates are ints that count every comparison, addition and
subtraction they take part in. A search over ascending combinations that stops at the first
candidate larger than what is left does a few operations per node of the pruned search tree
(the ascending combinations whose sum is at most the target). Trying every candidate at every
node without stopping, or enumerating all combinations and filtering them, costs many times more.
"""

import itertools

import pytest

from combination_sums import combination_sums
from dojo.testing import assert_returns, call_kata


class Tally:
    def __init__(self, bound=10**12):
        self.count, self.bound = 0, bound

    def tick(self):
        self.count += 1
        if self.count > 10 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} operations on candidates, 10 times the bound of {self.bound}: the "
                "search explores branches that cannot succeed"
            )


def counted(values, tally):
    def counting(name):
        base = getattr(int, name)

        def method(self, other):
            tally.tick()
            return base(self, other)

        return method

    names = ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__", "__add__", "__radd__", "__sub__", "__rsub__")
    Candidate = type("Candidate", (int,), {**{name: counting(name) for name in names}, "__hash__": int.__hash__})
    return [Candidate(value) for value in values]


def plain(combinations):
    """The combinations as sorted tuples of plain ints, in a sorted list: any order of the answer is accepted."""
    return sorted(tuple(int(value) for value in combination) for combination in combinations)


def by_brute_force(candidates, target):
    found = set()
    for size in range(1, target // min(candidates) + 1):
        for combination in itertools.combinations_with_replacement(sorted(candidates), size):
            if sum(combination) == target:
                found.add(combination)
    return sorted(found)


def pruned_tree_size(candidates, target):
    """Nodes of the pruned search tree: the ascending combinations (the empty one too) whose sum is at most target."""
    ordered, count, stack = sorted(candidates), 0, [(0, 0)]
    while stack:
        start, total = stack.pop()
        count += 1
        for index in range(start, len(ordered)):
            if total + ordered[index] > target:
                break
            stack.append((index, total + ordered[index]))
    return count


def check(candidates, target):
    got = call_kata(combination_sums, list(candidates), target)
    for combination in got:
        assert isinstance(combination, tuple) and list(combination) == sorted(combination), (
            f"each combination should be a tuple in ascending order; got {combination!r}"
        )
    assert_returns(plain(got), by_brute_force(candidates, target), f"combination_sums({candidates}, {target}), sorted")


@pytest.mark.checklist("interview_patterns.backtracking")
def test_the_example():
    check([2, 3, 6, 7], 7)


@pytest.mark.checklist("interview_patterns.backtracking")
def test_candidates_repeat_but_combinations_do_not():
    got = call_kata(combination_sums, [2, 3, 5], 8)
    assert_returns(plain(got), [(2, 2, 2, 2), (2, 3, 3), (3, 5)], "combination_sums([2, 3, 5], 8), sorted")
    assert len(got) == 3, f"(2, 3, 3) and (3, 3, 2) are one combination: 3 combinations, not {len(got)}"


@pytest.mark.checklist("interview_patterns.backtracking")
def test_no_combination_and_unsorted_candidates():
    assert_returns(plain(call_kata(combination_sums, [4, 6], 9)), [], "combination_sums([4, 6], 9) (only even sums)")
    check([7, 2, 3, 6], 7)
    check([5], 15)


@pytest.mark.checklist("interview_patterns.backtracking")
@pytest.mark.parametrize("candidates", [[2, 3, 5], [3, 4, 5, 6], [1, 2], [7, 3, 11, 5], [6, 9, 20]])
@pytest.mark.parametrize("target", [1, 9, 14, 20])
def test_agrees_with_brute_force(candidates, target):
    check(candidates, target)


@pytest.mark.checklist("interview_patterns.backtracking")
@pytest.mark.parametrize(("candidates", "target"), [(list(range(4, 20)), 32), (list(range(5, 37)), 52)])
def test_prunes_the_search(candidates, target):
    nodes = pruned_tree_size(candidates, target)
    bound = 6 * nodes + 100
    tally = Tally(bound)
    got = call_kata(combination_sums, counted(candidates, tally), target)
    assert tally.count <= bound, (
        f"combination_sums over {len(candidates)} candidates for {target} made {tally.count} operations on "
        f"candidates; the pruned search tree has {nodes} nodes, so at most {bound}. Stop trying candidates as "
        "soon as one is larger than what is left: every later one is larger still"
    )
    assert len(got) == len(set(plain(got))), "and no combination twice"
