"""Tests for merge_streams.py: one-shot streams merged in order, lazily, in O(n log k).

Cost is counted, not timed: the streams count the items read from them (and refuse a second
pass), and the items count every comparison made on them. A heap of the k heads costs
O(n log k) comparisons and reads each stream at most one item ahead. Scanning all k heads for
the smallest costs O(n k); reading everything into a list and sorting it reads every stream to
its end before the first item comes out, which an endless stream never allows.
"""

import itertools
import math
import random

import pytest

from dojo.testing import assert_returns, call_kata
from merge_streams import merge_streams


class Tally:
    def __init__(self, bound=10**9):
        self.count, self.bound = 0, bound

    def tick(self):
        self.count += 1
        if self.count > 3 * self.bound:
            raise AssertionError(
                f"stopped after {self.count} comparisons of items, 3 times the bound of {self.bound}: that is "
                "not O(n log k)"
            )


def counted(values, tally):
    def counting(name):
        base = getattr(int, name)

        def method(self, other):
            tally.tick()
            return base(self, other)

        return method

    names = ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__")
    Item = type("Item", (int,), {**{name: counting(name) for name in names}, "__hash__": int.__hash__})
    return [Item(value) for value in values]


class Stream:
    """A one-shot iterator over items that counts the items read from it, into a shared reads list."""

    def __init__(self, items, reads, number, limit=10**9):
        self.items, self.reads, self.number, self.limit = iter(items), reads, number, limit

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.items)  # StopIteration at the end passes through
        self.reads[self.number] += 1
        if sum(self.reads) > self.limit:
            raise AssertionError(
                f"read {sum(self.reads)} items from the streams before yielding them: read one item at a time, "
                "only when it is needed (an endless stream never ends a list() or a sort)"
            )
        return item

    def __len__(self):
        raise TypeError("a stream has no len(): it is read once, item by item")

    def __getitem__(self, index):
        raise TypeError("a stream cannot be indexed: it is read once, item by item")


def streams_of(lists, limit=10**9):
    reads = [0] * len(lists)
    return [Stream(items, reads, number, limit) for number, items in enumerate(lists)], reads


def take(iterator, count):
    return list(itertools.islice(iterator, count))


@pytest.mark.checklist("interview_patterns.k_way_merge")
def test_merges_the_example():
    streams, _ = streams_of([[1, 4, 9], [2, 3], [4, 10]])
    assert_returns(call_kata(lambda: list(merge_streams(*streams))), [1, 2, 3, 4, 4, 9, 10], "the merged items")


@pytest.mark.checklist("interview_patterns.k_way_merge")
def test_empty_streams_and_no_streams():
    streams, _ = streams_of([[], [5], [], [1, 2]])
    assert_returns(call_kata(lambda: list(merge_streams(*streams))), [1, 2, 5], "the merge of [], [5], [], [1, 2]")
    assert_returns(call_kata(lambda: list(merge_streams())), [], "the merge of no streams")


class Tagged:
    """An item compared by its key only; the tag tells equal items apart. Comparing anything else fails."""

    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        return self.key < other.key

    def __eq__(self, other):
        return self.key == other.key

    __hash__ = None

    def __repr__(self):
        return f"{self.key}{self.tag}"


@pytest.mark.checklist("interview_patterns.k_way_merge")
def test_equal_items_come_in_the_order_of_their_streams():
    first = [Tagged(1, "a"), Tagged(2, "a"), Tagged(2, "a")]
    second = [Tagged(2, "b"), Tagged(3, "b")]
    third = [Tagged(1, "c"), Tagged(2, "c")]
    streams, _ = streams_of([first, second, third])
    got = call_kata(lambda: [repr(item) for item in merge_streams(*streams)])
    assert_returns(
        got,
        ["1a", "1c", "2a", "2a", "2b", "2c", "3b"],
        "the merged items (equal keys in stream order: an item of the first stream before an equal one of the "
        "second; a heap of (item, iterator) compares the iterators on a tie)",
    )


@pytest.mark.checklist("interview_patterns.k_way_merge")
def test_reads_at_most_one_item_ahead_in_each_stream():
    rng = random.Random(11)
    lists = [sorted(rng.randrange(1000) for _ in range(50)) for _ in range(6)]
    streams, reads = streams_of(lists)
    merged = call_kata(merge_streams, *streams)
    assert sum(reads) <= len(lists), f"merge_streams read {sum(reads)} items before anyone asked for one"
    taken = 0
    for wanted in (1, 10, 100):
        taken += len(call_kata(take, merged, wanted - taken))
        assert taken == wanted, "the merged iterator ended early"
        assert sum(reads) <= wanted + len(lists), (
            f"after {wanted} items of the merge, {sum(reads)} items were read from the {len(lists)} streams; "
            f"at most {wanted + len(lists)} (each stream one item ahead) may be"
        )


@pytest.mark.checklist("interview_patterns.k_way_merge")
def test_an_endless_stream():
    reads = [0, 0]
    endless = Stream(itertools.count(0, 2), reads, 0, limit=1_000)
    finite = Stream([1, 3, 5], reads, 1, limit=1_000)
    assert_returns(
        call_kata(lambda: take(merge_streams(endless, finite), 8)),
        [0, 1, 2, 3, 4, 5, 6, 8],
        "the first 8 items of the merge of 0, 2, 4, ... (endless) and 1, 3, 5",
    )


@pytest.mark.checklist("interview_patterns.k_way_merge")
def test_agrees_with_sorting_on_random_streams():
    rng = random.Random(5)
    for _ in range(60):
        lists = [sorted(rng.randrange(20) for _ in range(rng.randrange(6))) for _ in range(rng.randrange(1, 6))]
        streams, _ = streams_of(lists)
        assert_returns(
            call_kata(lambda: list(merge_streams(*streams))), sorted(itertools.chain(*lists)), f"the merge of {lists}"
        )


@pytest.mark.checklist("interview_patterns.k_way_merge")
@pytest.mark.parametrize("k", [8, 256])
def test_costs_n_log_k_comparisons(k):
    n = 4_096
    rng = random.Random(k)
    values = list(range(n))
    rng.shuffle(values)
    bound = 4 * n * math.ceil(math.log2(k)) + 4 * n
    tally = Tally(bound)
    lists = [counted(sorted(values[start::k]), tally) for start in range(k)]
    streams, _ = streams_of(lists)
    got = call_kata(lambda: list(merge_streams(*streams)))
    assert tally.count <= bound, (
        f"merging {n} items from {k} streams made {tally.count} comparisons; O(n log k) allows at most {bound}. "
        "Scanning the k heads for the smallest costs O(n k)"
    )
    assert got == list(range(n)), "and the items come out in order"
