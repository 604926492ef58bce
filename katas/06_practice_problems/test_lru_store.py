"""Tests for lru_store.py: behaviour against a slow model, properties, and the work counted per operation."""

import random
from collections import OrderedDict

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import call_kata, expect, kata_raises
from lru_store import LRUCache

# kata_properties without the explain phase (half a second on every failing stub) and with fewer
# examples, so the whole topic stays under a second; the example tests cover the rest.
quick_properties = settings(
    kata_properties, max_examples=30, phases=[phase for phase in Phase if phase is not Phase.explain]
)

WORK_PER_OPERATION = 16  # an OrderedDict, a dict or a linked list with a dict do 4 to 7 units per get or put


class ModelLRU:
    """Slow and obviously right: a list of keys, least recently used first."""

    def __init__(self, capacity):
        self.capacity, self.order, self.values = capacity, [], {}

    def get(self, key, default=None):
        if key not in self.values:
            return default
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.order.remove(key)
        self.order.append(key)
        self.values[key] = value
        if len(self.order) > self.capacity:
            del self.values[self.order.pop(0)]

    def __len__(self):
        return len(self.order)


def make(capacity, store=None):
    return call_kata(LRUCache, capacity) if store is None else call_kata(LRUCache, capacity, store)


@pytest.mark.checklist("practice_problems.lru_cache")
def test_get_returns_what_was_put_and_a_default_for_what_was_not():
    cache = make(2)
    call_kata(cache.put, "a", 1)
    expect(call_kata(cache.get, "a"), 1, "get('a') after put('a', 1) should return 1")
    assert call_kata(cache.get, "missing") is None, "get of a key never put returns the default, None"
    expect(call_kata(cache.get, "missing", -1), -1, "get(key, default) returns the default it was given")
    expect(call_kata(len, cache), 1, "a get of a missing key caches nothing: len(cache) stays 1")


@pytest.mark.checklist("practice_problems.lru_cache")
def test_put_over_capacity_evicts_the_least_recently_used():
    cache = make(2)
    for key, value in [("a", 1), ("b", 2), ("c", 3)]:
        call_kata(cache.put, key, value)
    expect(call_kata(len, cache), 2, "a cache of capacity 2 holds 2 entries after 3 puts")
    assert "a" not in cache, "'a' was used least recently: the third put evicts it"
    assert call_kata(cache.get, "b") == 2 and call_kata(cache.get, "c") == 3, "'b' and 'c' stay cached"


@pytest.mark.checklist("practice_problems.lru_cache")
def test_get_makes_a_key_the_most_recently_used():
    cache = make(2)
    call_kata(cache.put, "a", 1)
    call_kata(cache.put, "b", 2)
    call_kata(cache.get, "a")
    call_kata(cache.put, "c", 3)
    assert "a" in cache, "get('a') made 'a' the most recently used: the put of 'c' must evict 'b', not 'a'"
    assert "b" not in cache, "'b' was the least recently used when 'c' came in: it is evicted"


@pytest.mark.checklist("practice_problems.lru_cache")
def test_put_of_a_cached_key_replaces_it_without_evicting_another():
    cache = make(2)
    call_kata(cache.put, "a", 1)
    call_kata(cache.put, "b", 2)
    call_kata(cache.put, "b", 20)
    assert call_kata(len, cache) == 2 and "a" in cache, "replacing 'b' in a full cache adds no entry: 'a' stays"
    call_kata(cache.put, "a", 10)
    assert call_kata(len, cache) == 2 and "b" in cache, "replacing 'a' in a full cache adds no entry: 'b' stays"
    call_kata(cache.put, "c", 3)
    assert "b" not in cache, "putting 'a' again made it the most recently used: 'c' evicts 'b'"
    expect(call_kata(cache.get, "a"), 10, "get('a') returns the value put last")


@pytest.mark.checklist("practice_problems.lru_cache")
def test_in_is_a_peek_that_changes_no_order():
    cache = make(2)
    call_kata(cache.put, "a", 1)
    call_kata(cache.put, "b", 2)
    assert "a" in cache
    call_kata(cache.put, "c", 3)
    assert "a" not in cache, "`'a' in cache` is a peek, not a use: 'a' stays the least recently used and is evicted"


@pytest.mark.checklist("practice_problems.lru_cache")
def test_capacity_one_and_capacity_below_one():
    cache = make(1)
    call_kata(cache.put, "a", 1)
    call_kata(cache.put, "b", 2)
    assert "a" not in cache and call_kata(cache.get, "b") == 2, "capacity 1 keeps only the last key put"
    kata_raises(ValueError, LRUCache, 0)
    kata_raises(ValueError, LRUCache, -3)


@pytest.mark.checklist("practice_problems.lru_cache")
def test_entries_live_in_the_store_it_was_given():
    store = OrderedDict()
    cache = make(3, store)
    for key in "abcd":
        call_kata(cache.put, key, key.upper())
    assert len(store) == 3, f"the store given to LRUCache holds {len(store)} entries: keep one per cached key there"
    assert set(store) == {"b", "c", "d"}, f"the store holds the keys {sorted(store)}: it should hold the cached keys"


OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["get", "put"]), st.integers(0, 5), st.integers(0, 99)), max_size=25
)


def replay(cache, operations, make_key=lambda name: name) -> list:
    """Run ("get" | "put", key, value) operations on the cache.

    Returns what each get returned and len(cache) after each step.
    """
    seen = []
    for operation, key, value in operations:
        if operation == "put":
            cache.put(make_key(key), value)
        else:
            seen.append(("get", key, cache.get(make_key(key))))
        seen.append(("len", len(cache)))
    return seen


@pytest.mark.checklist("practice_problems.lru_cache")
@quick_properties
@given(st.integers(1, 4), OPERATIONS)
def test_behaves_like_the_slow_model_and_never_exceeds_capacity(capacity, operations):
    got = call_kata(replay, make(capacity), operations)
    expected = replay(ModelLRU(capacity), operations)
    for step, (seen, model) in enumerate(zip(got, expected)):
        if seen[0] == "len":
            assert seen[1] <= capacity, (
                f"step {step}: the cache holds {seen[1]} entries, more than its capacity {capacity}"
            )
        expect(seen, model, f"after {operations[: sum(1 for s in got[: step + 1] if s[0] == 'len')]}: "
            + (f"len(cache) is {seen[1]}, the model holds {model[1]}" if seen[0] == "len"
               else f"get({seen[1]}) returned {seen[2]!r}, the model {model[2]!r}"))


@pytest.mark.checklist("practice_problems.lru_cache")
def test_agrees_with_the_slow_model_on_many_random_workloads():
    rng = random.Random(606)
    for _ in range(150):
        capacity = rng.randint(2, 4)
        operations = [(rng.choice(["get", "put"]), rng.randint(0, 5), rng.randint(0, 99)) for _ in range(30)]
        got = call_kata(replay, make(capacity), operations)
        expected = replay(ModelLRU(capacity), operations)
        first = next((step for step, (a, b) in enumerate(zip(got, expected)) if a != b), None)
        assert first is None, (
            f"capacity {capacity}, operations {operations}: at step {first} of the replay the cache gives "
            f"{got[first]}, a correct LRU {expected[first]}"
        )


STOP_AT = 3  # a run this many times over its budget is stopped where it is: it can only fail


class OverBudget(AssertionError):
    """Raised inside the learner's code once it is STOP_AT times over the work budget."""


class Work:
    def __init__(self, limit: int, message: str):
        self.limit, self.message, self.count = limit, message, 0

    def tick(self, amount: int = 1) -> None:
        self.count += amount
        if self.count > STOP_AT * self.limit:  # far over the bound: stop the run, it can only fail
            raise OverBudget(self.message.format(count=f"more than {STOP_AT * self.limit}"))


class Key:
    """A cache key that counts its hashes and comparisons; a new object for every operation."""

    __slots__ = ("name", "work")

    def __init__(self, name, work: Work):
        self.name, self.work = name, work

    def __hash__(self):
        self.work.tick()
        return hash(self.name)

    def __eq__(self, other):
        self.work.tick()
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


class CountedView:
    """keys(), values() or items() of a CountingStore: one unit of work per entry iterated."""

    def __init__(self, view, work: Work, scans_to_find: bool = False):
        self.view, self.work, self.scans_to_find = view, work, scans_to_find

    def __len__(self):
        return len(self.view)

    def __iter__(self):
        for entry in self.view:
            self.work.tick()
            yield entry

    def __reversed__(self):
        for entry in reversed(self.view):
            self.work.tick()
            yield entry

    def __contains__(self, item):
        self.work.tick(len(self.view) if self.scans_to_find else 1)
        return item in self.view


class CountingStore(OrderedDict):
    """An OrderedDict that counts its work: one unit per entry touched, one per entry iterated."""

    def __init__(self, work: Work):
        super().__init__()
        self.work = work

    def __iter__(self):
        for key in OrderedDict.__iter__(self):
            self.work.tick()
            yield key

    def __reversed__(self):
        for key in OrderedDict.__reversed__(self):
            self.work.tick()
            yield key

    def keys(self):
        return CountedView(OrderedDict.keys(self), self.work)

    def values(self):
        return CountedView(OrderedDict.values(self), self.work, scans_to_find=True)

    def items(self):
        return CountedView(OrderedDict.items(self), self.work)

    def copy(self):
        self.work.tick(len(self))
        return OrderedDict(OrderedDict.items(self))


def _one_unit(name):
    method = getattr(OrderedDict, name)

    def counted(self, *args, **kwargs):
        self.work.tick()
        return method(self, *args, **kwargs)

    counted.__name__ = name
    return counted


ONE_ENTRY_METHODS = ["__getitem__", "__setitem__", "__delitem__", "__contains__", "get", "pop", "popitem",
                     "move_to_end", "setdefault"]  # fmt: skip
for _name in ONE_ENTRY_METHODS:
    setattr(CountingStore, _name, _one_unit(_name))


def workload(capacity: int) -> list[tuple]:
    """Fill the cache, then 4 * capacity gets (mostly hits on recent keys) and puts of new keys (evictions)."""
    rng = random.Random(capacity)
    operations = [("put", f"k{i}", i) for i in range(capacity)]
    newest = capacity
    for _ in range(4 * capacity):
        if rng.random() < 0.5:
            operations.append(("get", f"k{newest - 1 - rng.randrange(capacity + capacity // 4)}", None))
        else:
            operations.append(("put", f"k{newest}", newest))
            newest += 1
    return operations


@pytest.mark.checklist("practice_problems.lru_cache")
@pytest.mark.parametrize("capacity", [64, 512])
def test_get_and_put_cost_o_1_each(capacity):
    operations = workload(capacity)
    limit = WORK_PER_OPERATION * len(operations)
    work = Work(
        limit,
        f"{len(operations)} gets and puts on an LRUCache of capacity {capacity} did {{count}} units of work "
        "(entries of the store touched or iterated, hashes and comparisons of keys). The bound is O(1) per "
        f"operation: at most {WORK_PER_OPERATION} each, {limit} in all. list.remove, min() over timestamps or "
        "list(store) cost O(capacity) per operation.",
    )
    cache = make(capacity, CountingStore(work))
    got = call_kata(replay, cache, operations, lambda name: Key(name, work))
    expected = replay(ModelLRU(capacity), operations)
    for seen, model in zip(got, expected):
        expect(seen, model, f"on capacity {capacity}: {seen} where the model gives {model}")
    assert work.count <= limit, work.message.format(count=work.count)
