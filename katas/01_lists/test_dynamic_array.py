"""Tests for dynamic_array.py: a list's costs, counted in slot reads and writes of its block."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata, kata_raises
from dynamic_array import Block, DynamicArray

WRITES_PER_APPEND = 12  # proportional growth copies each item a few times on average; a fixed step copies it n / step times


def append_all(array, values):
    for value in values:
        array.append(value)


def read_all(array):
    return [array[i] for i in range(len(array))]


def filled(n):
    array = DynamicArray()
    call_kata(append_all, array, range(n))
    return array


def contents(array):
    return call_kata(read_all, array)


def reset_counts():
    Block.reads = Block.writes = 0


@pytest.mark.checklist("lists.operation_cost")
def test_appended_items_are_read_back_in_order():
    array = filled(10)
    assert len(array) == 10, "ten appends make ten items: keep self._length up to date"
    assert contents(array) == list(range(10)), "array[i] should be the i-th appended item"


@pytest.mark.checklist("lists.operation_cost")
def test_an_append_into_a_free_slot_writes_only_that_slot():
    array = filled(1)
    for _ in range(64):  # append until the block has a free slot, whatever the growth policy
        if len(array._block) > len(array):
            break
        call_kata(array.append, "more")
    reset_counts()
    call_kata(array.append, "new")
    assert Block.writes == 1, (
        f"an append into a block with room to spare wrote {Block.writes} slots: only a full block "
        "is replaced by a bigger one; otherwise the new item goes into the next free slot"
    )


@pytest.mark.checklist("lists.operation_cost")
def test_indexing_from_the_end_and_out_of_range():
    array = filled(3)
    got = call_kata(array.__getitem__, -1)
    assert got == 2, "array[-1] is the last item, as for a list"
    assert_returns(got, 2, "array.__getitem__(-1)")
    got = call_kata(array.__getitem__, -3)
    assert got == 0, "array[-3] of three items is the first"
    assert_returns(got, 0, "array.__getitem__(-3)")
    kata_raises(IndexError, array.__getitem__, 3)
    kata_raises(IndexError, array.__getitem__, -4)


@pytest.mark.checklist("lists.operation_cost")
def test_an_index_past_the_length_is_out_of_range_even_with_room_to_spare():
    array = filled(5)  # any proportional growth leaves free slots after 5 appends
    for index in (5, len(array._block)):
        kata_raises(IndexError, array.__getitem__, index)


@pytest.mark.checklist("lists.operation_cost")
def test_insert_at_the_front_and_in_the_middle():
    array = filled(3)
    call_kata(array.insert, 0, "first")
    call_kata(array.insert, 2, "middle")
    call_kata(array.insert, len(array), "last")
    assert contents(array) == ["first", 0, "middle", 1, 2, "last"]
    kata_raises(IndexError, array.insert, len(array) + 1, "too far")
    kata_raises(IndexError, array.insert, -1, "negative")


@pytest.mark.checklist("lists.operation_cost")
@kata_properties
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 9)), max_size=15))
@example(operations=[(0, 1), (0, 2), (5, 3)])
def test_behaves_like_a_list(operations):
    def apply(array, model):
        for where, value in operations:
            if where == 0:
                array.append(value)
                model.append(value)
            else:
                index = where % (len(model) + 1)
                array.insert(index, value)
                model.insert(index, value)

    array, model = DynamicArray(), []
    call_kata(apply, array, model)
    assert len(array) == len(model) and contents(array) == model, (
        f"after these (where, value) operations (where 0: append; else insert at where % (len + 1)): "
        f"{operations}, the array should hold the same items as a list would"
    )
    assert [array._block[i] for i in range(len(model))] == model, "item i must live in slot i of the block"


@pytest.mark.checklist("lists.operation_cost")
@pytest.mark.parametrize("n", [256, 4096])
def test_appends_cost_linear_writes_in_total(n):
    reset_counts()
    filled(n)
    assert Block.writes >= n, "every appended item must be written into a slot of the block"
    bound = WRITES_PER_APPEND * n
    assert Block.writes <= bound, (
        f"{n} appends wrote {Block.writes} slots; amortised O(1) append allows at most {bound}. "
        "Growing the block by a fixed number of slots copies every item again and again: grow it "
        "in proportion to its size"
    )


@pytest.mark.checklist("lists.operation_cost")
def test_indexing_reads_one_slot():
    array = filled(500)
    reset_counts()
    contents(array)
    assert Block.reads >= 500, f"reading 500 items read {Block.reads} slots: each item is read from its slot"
    assert Block.reads <= 2 * 500, f"reading 500 items one by one read {Block.reads} slots: item i is in slot i, so array[i] is one read"


@pytest.mark.checklist("lists.operation_cost")
@pytest.mark.parametrize("n", [100, 1000])
def test_insert_at_the_front_moves_every_item(n):
    array = filled(n)
    call_kata(array.append, "spare")  # make sure the next insert finds room or grows, whatever the policy
    reset_counts()
    call_kata(array.insert, 0, "new")
    assert n < Block.writes <= 3 * (n + 1) + 2, (
        f"insert(0, ...) into {n + 1} items wrote {Block.writes} slots: every item moves one slot on and "
        "the new one is written, which is why list.insert(0) and list.pop(0) are O(n)"
    )
