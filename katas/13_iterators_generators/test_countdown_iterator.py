"""Tests for countdown_iterator.py: an iterable hands out fresh iterators; an iterator is one-shot and says so with StopIteration."""

import itertools

import pytest

from countdown_iterator import Countdown, CountdownIterator
from dojo.testing import assert_returns, call_kata, kata_raises


def bounded(iterable, limit=20):
    """At most `limit` items, so an iterator that never stops fails instead of hanging."""
    return call_kata(lambda: list(itertools.islice(iterable, limit)))


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_a_countdown_can_be_looped_over_again():
    countdown = Countdown(3)
    assert_returns(bounded(countdown), [3, 2, 1], "bounded(countdown)")
    assert bounded(countdown) == [3, 2, 1], (
        "the second loop over the same Countdown got something else: an iterable hands out a fresh "
        "iterator on every iter(), it is not used up itself"
    )


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_nested_loops_over_one_countdown():
    countdown = Countdown(3)
    pairs = call_kata(lambda: [(a, b) for a in itertools.islice(countdown, 20) for b in itertools.islice(countdown, 20)])
    assert len(pairs) == 9, f"a nested loop over Countdown(3) should give 9 pairs, not {len(pairs)}: each loop needs its own iterator"


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_iter_of_a_countdown_is_a_new_iterator():
    countdown = Countdown(2)
    first, second = call_kata(iter, countdown), call_kata(iter, countdown)
    assert isinstance(first, CountdownIterator), "Countdown.__iter__ returns a CountdownIterator"
    assert first is not countdown and first is not second, "every iter(countdown) is a new iterator"
    assert call_kata(next, first) == 2 and call_kata(next, second) == 2, "two iterators do not share their position"


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_iter_of_an_iterator_is_itself():
    iterator = call_kata(CountdownIterator, 2)
    assert call_kata(iter, iterator) is iterator, (
        "iter() of an iterator returns the iterator itself: that is what lets `for` loop over an iterator"
    )
    assert_returns(bounded(iterator), [2, 1], "bounded(iterator)")


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_the_end_is_stop_iteration_for_good():
    iterator = call_kata(CountdownIterator, 2)
    assert [call_kata(next, iterator), call_kata(next, iterator)] == [2, 1]
    kata_raises(StopIteration, next, iterator)
    kata_raises(StopIteration, next, iterator)  # and again: an exhausted iterator stays exhausted
    assert_returns(call_kata(next, iterator, "done"), "done", "next(iterator, 'done') (next(iterator, default) gives default at the end)")
    assert_returns(bounded(call_kata(iter, iterator)), [], "bounded(iter(iterator)) (iter() of an exhausted iterator does not rewind it)")


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_the_end_is_not_a_value():
    assert bounded(Countdown(2)) == [2, 1], (
        "a for loop over Countdown(2) should stop after 1: signal the end by raising StopIteration, "
        "never by returning None or another marker"
    )
    assert_returns(bounded(Countdown(0)), [], "bounded(Countdown(0)) (Countdown(0) has nothing to count)")
    assert call_kata(sum, Countdown(4)) == 10 and call_kata(max, Countdown(4)) == 4, "sum() and max() take any iterable"
