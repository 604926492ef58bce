"""Tests for lazy_once.py: map and filter compute on demand, once; an iterator object is always truthy."""

import itertools

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from lazy_once import checked_ints, describe, scaled, spread


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_spread_of_readings():
    got = call_kata(spread, ["3.5", "1.0", "2.25"])
    assert got == 2.5, "max - min of the readings: both have to see every value, but a map object can be read only once"
    assert_returns(got, 2.5, 'spread(["3.5", "1.0", "2.25"])')
    assert_returns(call_kata(spread, ["4"]), 0.0, 'spread(["4"])')


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_spread_of_readings_from_a_generator():
    readings = (text for text in ["10", "-2", "7"])
    got = call_kata(spread, readings)
    assert got == 12.0, "the readings can come from a generator, which is one-shot too"
    assert_returns(got, 12.0, "spread(readings)")


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_describe_with_nothing_left():
    got = call_kata(describe, ["  ", "", "\t"])
    assert got == "no words", (
        "every word is blank: a filter object is truthy even when it will produce nothing, "
        "so `if not kept` cannot tell whether anything is left"
    )
    assert_returns(got, "no words", 'describe(["  ", "", "\\t"])')
    assert_returns(call_kata(describe, []), "no words", "describe([])")


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_describe_counts_and_lists_the_words():
    got = call_kata(describe, [" alpha", "", "beta ", " ", "gamma"])
    assert got == "3 words: alpha, beta, gamma", (
        "count the words and list them: counting them by reading the iterator uses it up before the listing"
    )
    assert_returns(got, "3 words: alpha, beta, gamma", 'describe([" alpha", "", "beta ", " ", "gamma"])')


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_checked_ints_is_a_list_you_can_read_twice():
    numbers = call_kata(checked_ints, ["1", "20", "-3"])
    assert isinstance(numbers, list), f"checked_ints returned a {type(numbers).__name__}, not a list"
    assert numbers == [1, 20, -3] and sum(numbers) == 18 and sorted(numbers) == [-3, 1, 20]


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_checked_ints_rejects_bad_input_at_once():
    kata_raises(ValueError, checked_ints, ["1", "two", "3"])


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_scaled_reads_the_stream_only_when_asked():
    events = []

    def source():
        for number in [1, 2, 3]:
            events.append(f"read {number}")
            yield number

    results = iter(call_kata(scaled, source(), 10))
    events.append("called")
    events.append(f"got {call_kata(next, results)}")
    assert events == ["called", "read 1", "got 10"], (
        f"events in order: {events}. Calling scaled must read nothing yet; each next() reads one number"
    )


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_scaled_works_on_an_endless_stream():
    def endless():
        for n in itertools.count(1):
            if n > 1000:
                raise AssertionError("scaled kept reading a stream that never ends: read only what is asked for")
            yield n

    assert_returns(
        call_kata(lambda: list(itertools.islice(scaled(endless(), 3), 4))),
        [3, 6, 9, 12],
        "lambda: list(itertools.islice(scaled(endless(), 3), 4))()",
    )
