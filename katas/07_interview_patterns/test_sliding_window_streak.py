"""Tests for sliding_window_streak.py: the longest run without a repeat, in one pass.

Cost is counted, not timed: the events count every hash and equality test made on them.
A window that each event enters once and leaves once costs O(n) of those; restarting from
every position, or keeping the window in a list and searching it, costs O(n * window).
"""

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import call_kata, expect
from sliding_window_streak import longest_distinct_streak

# The project's Hypothesis settings, with fewer examples and without the explain phase (which costs
# seconds on every failure), so that the whole topic runs in under a second.
properties = settings(kata_properties, max_examples=30, phases=[p for p in Phase if p is not Phase.explain])


class Tally:
    """A count of operations that stops the code under test once it is far past its bound."""

    def __init__(self, bound, stop_at=10):
        self.count, self.bound, self.limit = 0, bound, stop_at * bound

    def tick(self):
        self.count += 1
        if self.count > self.limit:
            raise AssertionError(
                f"stopped after {self.count} hashes and equality tests on the events, "
                f"{self.limit // self.bound} times the bound of {self.bound}: that is not O(n)"
            )


class Event:
    """An event name that counts the hashes and equality tests made on it."""

    __slots__ = ("name", "tally")

    def __init__(self, name, tally):
        self.name, self.tally = name, tally

    def __hash__(self):
        self.tally.tick()
        return hash(self.name)

    def __eq__(self, other):
        self.tally.tick()
        return isinstance(other, Event) and self.name == other.name

    def __repr__(self):
        return repr(self.name)


def brute_force(events):
    best = 0
    for start in range(len(events)):
        seen = set()
        for event in events[start:]:
            if event in seen:
                break
            seen.add(event)
        best = max(best, len(seen))
    return best


@pytest.mark.checklist("interview_patterns.sliding_window")
def test_the_example():
    events = ["home", "cart", "home", "pay", "help"]
    expect(call_kata(longest_distinct_streak, events), 4, "cart, home, pay, help: 4 events without a repeat")


@pytest.mark.checklist("interview_patterns.sliding_window")
def test_the_window_keeps_what_follows_the_earlier_copy():
    expect(call_kata(longest_distinct_streak, list("dvdf")), 3, "in d v d f the longest run is v d f: when the second d arrives, the window drops only what "
        "comes up to the first d, and keeps v")


@pytest.mark.checklist("interview_patterns.sliding_window")
def test_the_window_start_never_moves_back():
    expect(call_kata(longest_distinct_streak, list("abba")), 2, "in a b b a the answer is 2: when the last a arrives, its earlier copy lies before the window "
        "(which starts at the second b); the start of the window never moves back")


@pytest.mark.checklist("interview_patterns.sliding_window")
def test_edges():
    expect(call_kata(longest_distinct_streak, []), 0, "no events: the longest streak is 0")
    expect(call_kata(longest_distinct_streak, ["login"] * 5), 1, "the same event five times: streaks of 1")
    expect(call_kata(longest_distinct_streak, list(range(7))), 7, "seven different events: one streak of 7")


@pytest.mark.checklist("interview_patterns.sliding_window")
@properties
@given(st.lists(st.integers(0, 6), max_size=30))
def test_matches_trying_every_start(events):
    expect(
        call_kata(longest_distinct_streak, events),
        brute_force(events),
        "the result should be the length of the longest run of consecutive events with no repeat",
    )


def sessions(size, period, tally):
    """Sessions of `period` fresh users, each ending with its first user again: the longest streak is 2 * period."""
    events, session = [], 0
    while len(events) < size:
        users = [f"user{session}-{i}" for i in range(period)]
        events += users + users[:1]
        session += 1
    return [Event(name, tally) for name in events[:size]]


@pytest.mark.checklist("interview_patterns.sliding_window")
@pytest.mark.parametrize("size", [400, 4000])
def test_cost_is_linear(size):
    period = size // 8  # long windows: a streak runs over two sessions
    bound = 12 * size
    tally = Tally(bound)
    got = call_kata(longest_distinct_streak, sessions(size, period, tally))
    assert tally.count <= bound, (
        f"{size} events with streaks {2 * period} long should cost O(n) hashes and equality tests: at most "
        f"{bound}, counted {tally.count}. Each event should enter the window once and leave it once"
    )
    expect(
        got,
        2 * period,
        f"the longest streak runs from the second user of one session to the last user of the next: {2 * period}",
    )
