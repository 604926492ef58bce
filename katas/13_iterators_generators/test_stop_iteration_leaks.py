"""Tests for stop_iteration_leaks.py: a StopIteration never escapes from a generator body or a plain function."""

import itertools

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from stop_iteration_leaks import first, pairs


def endless(taken):
    for n in itertools.count():
        if n > 1000:
            raise AssertionError("the stream never ends: read only as far as the caller asks")
        taken.append(n)
        yield n


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_pairs_of_an_even_number_of_items():
    assert call_kata(list, call_kata(pairs, [1, 2, 3, 4])) == [(1, 2), (3, 4)], (
        "a StopIteration raised inside a generator body becomes RuntimeError (PEP 479): "
        "catch it where it can happen and return, or let a tool that stops cleanly do the pairing"
    )


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_pairs_drops_an_odd_last_item_and_takes_empty_input():
    assert_returns(call_kata(list, call_kata(pairs, "abcde")), [("a", "b"), ("c", "d")], "list(pairs('abcde')) (the odd 'e' is dropped)")
    assert_returns(call_kata(list, call_kata(pairs, [])), [], "list(pairs([])) (no items, no pairs)")


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_pairs_of_every_length():
    """Lengths 0 to 11: the pairs are the items in order, two at a time, the odd one out dropped."""
    for length in range(12):
        items = list(range(length))
        result = call_kata(list, call_kata(pairs, iter(items)))
        assert result == list(zip(items[::2], items[1::2])), f"pairs of {length} items gave {result}"


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_pairs_stops_cleanly_and_reads_lazily():
    assert_returns(call_kata(list, call_kata(pairs, range(3))), [(0, 1)], "list(pairs(range(3))) (the odd last item is dropped without an error)")
    taken = []
    result = call_kata(pairs, endless(taken))
    assert taken == [], "calling pairs reads nothing yet"
    assert_returns(call_kata(lambda: list(itertools.islice(result, 2))), [(0, 1), (2, 3)], "list(itertools.islice(result, 2))")
    assert taken == [0, 1, 2, 3], f"two pairs need four items; {len(taken)} were read"


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_first_of_nothing_is_the_default():
    assert call_kata(first, []) is None, "an empty iterable gives the default, None"
    assert_returns(call_kata(first, iter(()), "none"), "none", "first(iter(()), 'none') (an empty iterator gives the default passed)")
    assert_returns(call_kata(first, "xyz"), "x", "first('xyz')")


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_first_inside_map_does_not_end_the_map():
    groups = [[1, 2], [], [3]]
    assert call_kata(lambda: list(map(first, groups))) == [1, None, 3], (
        "a StopIteration escaping from first() was taken by map() as its own end, so the later groups "
        "vanished silently: an ordinary function must never let StopIteration out"
    )


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_first_takes_one_item_and_passes_errors_on():
    assert_returns(call_kata(first, (n for n in range(0)), "empty"), "empty", "first((n for n in range(0)), 'empty') (an empty generator gives the default)")
    taken = []
    stream = endless(taken)
    assert_returns(call_kata(first, stream), 0, "first(stream)")
    assert taken == [0], "first takes exactly one item"
    assert_returns(call_kata(next, stream), 1, "next(stream) (the rest of the stream is still there)")

    def broken():
        raise ValueError("the source failed")
        yield  # a generator function

    kata_raises(ValueError, first, broken())
