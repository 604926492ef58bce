"""Tests for loop_else.py: a loop's else runs when the loop ends without break, even after zero iterations."""

import pytest

from dojo.testing import KataFailure, assert_returns, call_kata, kata_raises
from loop_else import first_match, primes_below, search_report, wait_until_ready


def is_even(number):
    return number % 2 == 0


def _raises_because_it_ran_out(expected, function, *args):
    """kata_raises, and when the wrong exception comes, say what a loop's else really means."""
    try:
        kata_raises(expected, function, *args)
    except KataFailure as failure:
        raise KataFailure(
            f"{failure}\n  The loop ran to its end without break, so this is {expected.__name__}. A loop's "
            "else runs whenever the loop ends without break, after one item or a thousand, not only when it never ran."
        ) from failure


@pytest.mark.checklist("control_flow.for_else")
def test_first_match_returns_the_first_matching_item():
    assert (returned := call_kata(first_match, [3, 8, 5, 10], is_even)) == 8, (
        "first_match([3, 8, 5, 10], is_even) should be 8: the first even number, not the last one, "
        "and not a LookupError when a match exists"
    )
    assert_returns(returned, 8, "first_match([3, 8, 5, 10], is_even)")


@pytest.mark.checklist("control_flow.for_else")
def test_first_match_stops_at_the_first_match():
    seen = []

    def is_even_recorded(number):
        seen.append(number)
        return number % 2 == 0

    call_kata(first_match, [3, 8, 5, 10], is_even_recorded)
    assert seen == [3, 8], (
        f"the predicate saw {seen}; once 8 matched, first_match should look at no more items"
    )


@pytest.mark.checklist("control_flow.for_else")
def test_first_match_raises_lookup_error_only_when_nothing_matches():
    assert (returned := call_kata(first_match, [1, 2], is_even)) == 2, "a match in the last position is still a match"
    assert_returns(returned, 2, "first_match([1, 2], is_even)")
    kata_raises(LookupError, first_match, [1, 3, 5], is_even)


@pytest.mark.checklist("control_flow.for_else")
def test_first_match_tells_no_items_from_no_match():
    kata_raises(ValueError, first_match, [], is_even)
    for items in ([7], [1, 3, 5]):
        _raises_because_it_ran_out(LookupError, first_match, items, is_even)


@pytest.mark.checklist("control_flow.for_else")
def test_primes_below_twenty():
    assert (returned := call_kata(primes_below, 20)) == [2, 3, 5, 7, 11, 13, 17, 19], (
        "each prime once, in order, and no composite: a candidate is prime when no divisor "
        "ended the inner loop early"
    )
    assert_returns(returned, [2, 3, 5, 7, 11, 13, 17, 19], "primes_below(20)")


@pytest.mark.checklist("control_flow.for_else")
def test_two_is_prime_although_its_inner_loop_never_runs():
    assert (returned := call_kata(primes_below, 3)) == [2], (
        "primes_below(3) should be [2]: for 2 the inner loop has nothing to iterate, and a loop "
        "that runs zero times still ends without break"
    )
    assert_returns(returned, [2], "primes_below(3)")


@pytest.mark.checklist("control_flow.for_else")
def test_primes_below_tells_never_ran_from_ran_out():
    assert (returned := call_kata(primes_below, 4)) == [2, 3], (
        "primes_below(4) should be [2, 3], each once: the inner loop never runs for 2 and runs out "
        "without break for 3, and the else runs after both"
    )
    assert_returns(returned, [2, 3], "primes_below(4)")
    assert (returned := call_kata(primes_below, 2)) == [], "no candidate below 2: the outer loop never runs"
    assert_returns(returned, [], "primes_below(2)")
    assert_returns(call_kata(primes_below, 0), [], "primes_below(0)")


@pytest.mark.checklist("control_flow.for_else")
def test_wait_until_ready_returns_the_number_of_calls():
    answers = iter([False, False, True, True])
    assert (returned := call_kata(wait_until_ready, lambda: next(answers), 5)) == 3, (
        "is_ready() first returned True on the third call, so wait_until_ready should return 3"
    )
    assert_returns(returned, 3, "wait_until_ready(lambda: next(answers), 5)")


@pytest.mark.checklist("control_flow.for_else")
def test_wait_until_ready_gives_up_with_timeout_error():
    calls = []

    def never_ready():
        calls.append("called")
        return False

    kata_raises(TimeoutError, wait_until_ready, never_ready, 4)
    assert len(calls) == 4, f"with 4 attempts, is_ready() should be called 4 times, not {len(calls)}"
    calls.clear()
    kata_raises(TimeoutError, wait_until_ready, never_ready, 1)
    assert calls == ["called"], "one attempt that fails: one call, then TimeoutError"


@pytest.mark.checklist("control_flow.for_else")
def test_wait_until_ready_tells_no_attempts_from_failed_attempts():
    calls = []

    def never_ready():
        calls.append("called")
        return False

    for attempts in (0, -1):
        kata_raises(ValueError, wait_until_ready, never_ready, attempts)
    assert calls == [], "with no attempts there is nothing to try: raise ValueError without calling is_ready()"
    _raises_because_it_ran_out(TimeoutError, wait_until_ready, never_ready, 2)
    assert calls == ["called", "called"], (
        "two failed attempts are a TimeoutError: the loop ran out, and its else runs whenever the loop "
        "ends without break, not only when it never ran"
    )


@pytest.mark.checklist("control_flow.for_else")
def test_search_report_tells_no_items_from_no_match():
    assert (returned := call_kata(search_report, [4, 8, 15], 16)) == "not in 3 items", (
        "the loop looked at all 3 items without a break, and its else ran: a loop's else runs whenever the "
        "loop ends without break, not only when it never ran"
    )
    assert_returns(returned, "not in 3 items", "search_report([4, 8, 15], 16)")
    assert_returns(call_kata(search_report, ["x"], "y"), "not in 1 items", "search_report(['x'], 'y')")
    assert_returns(call_kata(search_report, [], 16), "nothing to search", "search_report([], 16)")
    assert (returned := call_kata(search_report, [4, 8, 15, 8], 8)) == "found at 1", "the first position of 8 is 1"
    assert_returns(returned, "found at 1", "search_report([4, 8, 15, 8], 8)")
    assert (returned := call_kata(search_report, [0, 1], 0)) == "found at 0", "a target at index 0 is found at 0"
    assert_returns(returned, "found at 0", "search_report([0, 1], 0)")
    assert (returned := call_kata(search_report, [1, 2, 3], 3)) == "found at 2", "a target in the last place is still found"
    assert_returns(returned, "found at 2", "search_report([1, 2, 3], 3)")
