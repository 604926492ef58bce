"""Tests for return_or_yield.py: return hands back one value; yield makes a lazy generator."""

import itertools

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from return_or_yield import drain, first_match, non_blank


@pytest.mark.checklist("functions.return_vs_yield")
def test_first_match_returns_the_item_and_stops_looking():
    checked = []

    def is_big(n):
        checked.append(n)
        return n > 3

    result = call_kata(first_match, [1, 4, 9], is_big)
    assert result == 4, (
        f"first_match returned {result!r}, not the item 4. A `yield` anywhere in a function makes "
        "calling it return a generator"
    )
    assert_returns(result, 4, "result")
    assert checked == [1, 4], f"predicate was called on {checked}: stop at the first match"


@pytest.mark.checklist("functions.return_vs_yield")
def test_first_match_of_no_match_is_none():
    result = call_kata(first_match, [1, 2], lambda n: n > 3)
    assert result is None, f"no item matches, so the answer is None, not {result!r}"


@pytest.mark.checklist("functions.return_vs_yield")
def test_non_blank_reads_a_line_only_when_asked():
    events = []

    def source():
        for line in ["  ", " alpha ", "beta"]:
            events.append(f"read {line!r}")
            yield line

    results = iter(call_kata(non_blank, source()))
    events.append("called")
    first = call_kata(next, results)
    events.append(f"got {first!r}")
    assert events == ["called", "read '  '", "read ' alpha '", "got 'alpha'"], (
        f"events in order: {events}. Calling non_blank must read nothing yet; the first next() reads just "
        "far enough to find the first non-blank line"
    )
    assert (returned := call_kata(list, results)) == ["beta"], "the rest of the stream follows on later requests"
    assert_returns(returned, ["beta"], "list(results)")


@pytest.mark.checklist("functions.return_vs_yield")
def test_non_blank_works_on_an_endless_stream():
    def endless():
        for number in itertools.count(1):
            if number > 1000:
                raise AssertionError(
                    "non_blank kept reading a stream that never ends; it must read only as far as the caller asks"
                )
            yield f" line {number} " if number % 2 else "\n"

    first_three = call_kata(lambda: list(itertools.islice(non_blank(endless()), 3)))
    assert first_three == ["line 1", "line 3", "line 5"], "the first three non-blank lines, stripped"
    assert_returns(first_three, ["line 1", "line 3", "line 5"], "first_three")


@pytest.mark.checklist("functions.return_vs_yield")
def test_drain_collects_what_was_yielded_and_returned():
    def countdown():
        yield 2
        yield 1
        return "liftoff"

    assert (returned := call_kata(drain, countdown())) == ([2, 1], "liftoff"), (
        "a generator's `return value` is not yielded: it travels in the StopIteration that ends it"
    )
    assert_returns(returned, ([2, 1], "liftoff"), "drain(countdown())")


@pytest.mark.checklist("functions.return_vs_yield")
def test_drain_of_a_generator_without_return_gives_none():
    assert (returned := call_kata(drain, (n * n for n in range(3)))) == ([0, 1, 4], None), (
        "a generator that ends without `return value` returns None"
    )
    assert_returns(returned, ([0, 1, 4], None), "drain((n * n for n in range(3)))")
    assert (returned := call_kata(drain, iter(()))) == ([], None), "nothing yielded, nothing returned"
    assert_returns(returned, ([], None), "drain(iter(()))")


@pytest.mark.checklist("functions.return_vs_yield")
def test_drain_lets_an_error_of_the_generator_through():
    def broken():
        yield 1
        raise ValueError("bad record")

    error = kata_raises(ValueError, drain, broken())
    assert str(error) == "bad record", "the generator's own ValueError should reach the caller unchanged"
