"""Tests for lazy_subscribe.py: calling a generator function runs none of its body; a plain function runs at once."""

import itertools

import pytest

from dojo.testing import call_kata, kata_raises
from lazy_subscribe import Bus, chunked, subscribe

LATE = (
    "the body of a generator function runs at the first next(), not at the call. "
    "Do the work that must happen now in a plain function, then return the generator"
)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_subscribe_registers_at_the_call():
    bus = Bus()
    call_kata(subscribe, bus, "orders")
    assert len(bus.queues.get("orders", [])) == 1, f"subscribe() returned, but nothing is registered yet: {LATE}"


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_messages_published_before_the_first_next_arrive():
    bus = Bus()
    inbox = call_kata(subscribe, bus, "orders")
    bus.publish("orders", "first")
    bus.publish("orders", "second")
    bus.publish("refunds", "not for this inbox")
    assert call_kata(list, inbox) == ["first", "second"], f"messages published after subscribe() were lost: {LATE}"


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_the_inbox_takes_one_message_per_next():
    bus = Bus()
    inbox = call_kata(subscribe, bus, "orders")
    assert iter(inbox) is inbox, "subscribe returns an iterator: iter() of it is itself"
    bus.publish("orders", "a")
    assert call_kata(next, inbox, None) == "a", f"next(inbox) should give 'a', published after subscribe(): {LATE}"
    bus.publish("orders", "b")
    bus.publish("orders", "c")
    assert call_kata(next, inbox, None) == "b", "a message published while the inbox is suspended arrives next"
    assert list(bus.queues["orders"][0]) == ["c"], "take a message only when it is asked for"


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_every_subscriber_gets_every_message():
    bus = Bus()
    first, second = call_kata(subscribe, bus, "orders"), call_kata(subscribe, bus, "orders")
    bus.publish("orders", "x")
    assert (call_kata(list, first), call_kata(list, second)) == (["x"], ["x"]), f"each subscriber has its own queue; {LATE}"


@pytest.mark.checklist("iterators_generators.lifecycle")
@pytest.mark.parametrize("size", [0, -3])
def test_chunked_rejects_a_bad_size_at_the_call(size):
    kata_raises(ValueError, chunked, [1, 2, 3], size)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_chunked_checks_early_and_reads_late():
    taken = []

    def endless():
        for n in itertools.count():
            if n > 1000:
                raise AssertionError("chunked kept reading a stream that never ends: read only as far as asked")
            taken.append(n)
            yield n

    kata_raises(ValueError, chunked, endless(), 0)
    assert taken == [], f"checking the size must not read any item; {len(taken)} were read"
    assert call_kata(lambda: list(chunked(range(7), 3))) == [[0, 1, 2], [3, 4, 5], [6]]
    for length in range(13):  # the properties every correct answer shares, for every small case
        items = [f"item{n}" for n in range(length)]
        for size in range(1, 6):
            chunks = call_kata(list, call_kata(chunked, iter(items), size))
            where = f"chunked(<{length} items>, {size})"
            assert [item for chunk in chunks for item in chunk] == items, f"{where}: the chunks joined must be the items"
            assert all(len(chunk) == size for chunk in chunks[:-1]), f"{where}: every chunk but the last has {size} items"
            assert all(1 <= len(chunk) <= size for chunk in chunks), f"{where}: no chunk is empty or too long"
    chunks = call_kata(chunked, endless(), 2)
    assert taken == [], "calling chunked must not read any item yet"
    first = call_kata(next, iter(chunks))
    assert first == [0, 1] and taken == [0, 1], f"the first chunk of 2 should read 2 items, it read {len(taken)}"

