"""Tests for bisect_timestamps.py: half-open ranges and "last at or before", by binary search.

Cost is counted, not timed: the log is a sequence that counts every item read from it
(indexing, iterating, slicing, `in`, index()). A binary search reads about log2(n) items;
walking the log reads n.
"""

import bisect
import math
from collections.abc import Sequence

import pytest
from bisect_timestamps import count_between, last_at_or_before
from dojo.testing import call_kata, expect


class CountingLog(Sequence):
    """A read-only sorted log that counts the items read from it; it stops a reader far past its bound."""

    def __init__(self, items, bound):
        self._items, self.reads, self.bound = list(items), 0, bound

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        got = self._items[index]
        self.reads += len(got) if isinstance(index, slice) else 1
        if self.reads > 50 * self.bound:
            raise AssertionError(
                f"stopped after {self.reads} reads from a log of {len(self)} timestamps, 50 times the bound "
                f"of {self.bound}: that is walking the log, not a binary search"
            )
        return got


LOG = (100, 100, 105, 110, 110, 110, 120, 130)  # a tuple: each test hands the code under test a fresh list


@pytest.mark.checklist("interview_patterns.binary_search")
def test_count_between_on_examples():
    expect(call_kata(count_between, list(LOG), 105, 120), 4, "105 <= t < 120 holds for 105 and the three 110s: 4")
    expect(call_kata(count_between, list(LOG), 100, 101), 2, "the start is included: both 100s count")
    expect(call_kata(count_between, list(LOG), 110, 110), 0, "an empty range [110, 110) holds nothing")
    expect(call_kata(count_between, list(LOG), 0, 1000), len(LOG), "a range around the whole log counts every entry")


@pytest.mark.checklist("interview_patterns.binary_search")
def test_count_between_excludes_the_end():
    expect(
        call_kata(count_between, list(LOG), 100, 110),
        3,
        "100 <= t < 110 holds for 100, 100 and 105: the end is excluded, so the three 110s do not count",
    )
    expect(call_kata(count_between, list(LOG), 131, 200), 0, "nothing after the last entry")
    expect(call_kata(count_between, [], 0, 10), 0, "an empty log has nothing in any range")


@pytest.mark.checklist("interview_patterns.binary_search")
def test_last_at_or_before_on_examples():
    expect(
        call_kata(last_at_or_before, list(LOG), 110),
        5,
        "the last timestamp <= 110 is the third 110, at position 5: equal counts, and with repeats the last one",
    )
    expect(call_kata(last_at_or_before, list(LOG), 125), 6, "the last timestamp <= 125 is 120, at position 6")
    expect(call_kata(last_at_or_before, list(LOG), 1000), 7, "after the end of the log: the last position")
    assert call_kata(last_at_or_before, list(LOG), 99) is None, "every timestamp is later than 99: None"
    expect(call_kata(last_at_or_before, list(LOG), 100), 1, "the last of the two 100s is at position 1")


@pytest.mark.checklist("interview_patterns.binary_search")
@pytest.mark.parametrize("timestamps", [[], [5], [3, 3], [1, 2, 2, 4, 4, 4, 7, 9, 9]])
def test_matches_walking_the_log(timestamps):
    moments = range(-1, 11)
    for start in moments:
        expected = max((i for i, t in enumerate(timestamps) if t <= start), default=None)
        expect(
            call_kata(last_at_or_before, timestamps, start),
            expected,
            f"in {timestamps}: the position of the last timestamp <= {start}, or None",
        )
        for end in moments:
            expect(
                call_kata(count_between, timestamps, start, end),
                sum(start <= t < end for t in timestamps),
                f"in {timestamps}: count the timestamps t with {start} <= t < {end}",
            )


@pytest.mark.checklist("interview_patterns.binary_search")
@pytest.mark.parametrize("size", [1_000, 50_000])
def test_count_between_reads_log_n_items(size):
    items = [second // 3 for second in range(size)]  # three events a second
    bound = 4 * (math.ceil(math.log2(size + 1)) + 1)
    log = CountingLog(items, bound)
    got = call_kata(count_between, log, items[size // 10], items[-size // 10])
    assert log.reads <= bound, (
        f"two binary searches in {size} timestamps read O(log n) items, about 2 * log2(n): at most {bound}, "
        f"read {log.reads}. Finding one end by binary search and walking to the other reads the whole range"
    )
    expected = bisect.bisect_left(items, items[-size // 10]) - bisect.bisect_left(items, items[size // 10])
    expect(got, expected, "and count them right")


@pytest.mark.checklist("interview_patterns.binary_search")
@pytest.mark.parametrize("size", [1_000, 50_000])
def test_last_at_or_before_reads_log_n_items(size):
    items = [second // 64 for second in range(size)]  # a busy log: 64 events a second
    bound = 2 * (math.ceil(math.log2(size + 1)) + 1)
    log = CountingLog(items, bound)
    got = call_kata(last_at_or_before, log, items[size // 2])
    assert log.reads <= bound, (
        f"one binary search in {size} timestamps reads O(log n) items, about log2(n): at most {bound}, "
        f"read {log.reads}. Walking over the repeats of a busy second is a walk too"
    )
    assert got is not None and items[got] == items[size // 2] and items[got + 1] > items[got], (
        "and find the last position of that second"
    )
