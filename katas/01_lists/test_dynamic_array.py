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


@pytest.mark.checklist("lists.operation_cost")
def test_setitem_replaces_one_item_in_one_write():
    array = filled(5)
    reset_counts()
    call_kata(array.__setitem__, 0, "first")
    call_kata(array.__setitem__, -1, "last")
    assert Block.writes == 2, (
        f"two item assignments wrote {Block.writes} slots: item i is slot i, so array[i] = x is one write, "
        "which is why l[i] = x is O(1) on a list"
    )
    assert contents(array) == ["first", 1, 2, 3, "last"], "array[0] = ... replaces the first item, array[-1] = ... the last"
    assert len(array) == 5, "replacing an item leaves the length alone"
    for index in (5, -6):
        kata_raises(IndexError, array.__setitem__, index, "nowhere")
    assert contents(array) == ["first", 1, 2, 3, "last"], "an assignment out of range must change nothing"


@pytest.mark.checklist("lists.operation_cost")
def test_pop_takes_the_last_item_or_the_one_named():
    array = filled(5)
    got = call_kata(array.pop)
    assert got == 4, "pop() removes and returns the last item"
    assert_returns(got, 4, "array.pop()")
    assert_returns(call_kata(array.pop, 0), 0, "array.pop(0)")
    assert_returns(call_kata(array.pop, -2), 2, "array.pop(-2) of [1, 2, 3]")
    assert len(array) == 2 and contents(array) == [1, 3], "after pop(), pop(0) and pop(-2) of 0..4, [1, 3] is left"
    for index in (2, -3):
        kata_raises(IndexError, array.pop, index)
    assert contents(array) == [1, 3], "a pop out of range must change nothing"
    call_kata(array.pop)
    call_kata(array.pop)
    kata_raises(IndexError, array.pop)


@pytest.mark.checklist("lists.operation_cost")
@kata_properties
@given(st.lists(st.tuples(st.sampled_from(["append", "pop", "set"]), st.integers(-20, 20), st.integers(0, 9)), max_size=20))
@example(operations=[("append", 0, 1)] * 4 + [("pop", 0, 0), ("pop", -1, 0), ("set", -1, 7)])
@example(operations=[("append", 0, 1)] * 8 + [("pop", 7, 0), ("pop", -7, 0)])
def test_pop_and_assignment_behave_like_a_list(operations):
    def apply(array, model):
        for kind, where, value in operations:
            if kind == "append":
                array.append(value)
                model.append(value)
            elif -len(model) <= where < len(model):
                if kind == "pop":
                    assert array.pop(where) == model.pop(where), f"pop({where}) returned the wrong item"
                else:
                    array[where] = value
                    model[where] = value

    array, model = DynamicArray(), []
    call_kata(apply, array, model)
    assert len(array) == len(model) and contents(array) == model, (
        f"after these (operation, index, value) operations: {operations}, the array should hold the same items "
        "as a list would"
    )
    assert [array._block[i] for i in range(len(model))] == model, "item i must live in slot i of the block"


@pytest.mark.checklist("lists.operation_cost")
@pytest.mark.parametrize("n", [100, 1000])
def test_pops_from_the_end_move_nothing(n):
    array = filled(n)
    reset_counts()
    for expected in reversed(range(n)):
        assert call_kata(array.pop) == expected, "pop() takes the items from the end, last first"
    bound = 4 * n
    assert Block.writes <= bound, (
        f"popping {n} items from the end wrote {Block.writes} slots; at most {bound} are allowed (a block may shrink "
        "now and then). Nothing comes after the last item, so list.pop() moves nothing: O(1)"
    )


@pytest.mark.checklist("lists.operation_cost")
@pytest.mark.parametrize("n", [100, 1000])
def test_pop_at_an_index_moves_only_the_items_after_it(n):
    front, back = filled(n), filled(n)
    reset_counts()
    assert call_kata(front.pop, 0) == 0, "pop(0) returns the first item"
    assert n - 1 <= Block.writes <= 3 * n, (
        f"pop(0) of {n} items wrote {Block.writes} slots: each of the {n - 1} items after it moves one slot back, "
        "which is why list.pop(0) and del l[0] are O(n): a queue wants collections.deque"
    )
    reset_counts()
    assert call_kata(back.pop, n - 3) == n - 3, f"pop({n - 3}) returns item {n - 3}"
    assert Block.writes <= 3 and Block.reads <= 4, (
        f"pop({n - 3}) of {n} items read {Block.reads} and wrote {Block.writes} slots: only the 2 items after it "
        "move, so list.pop(k) and del l[k] cost O(n - k), not O(n)"
    )
    assert contents(back)[-3:] == [n - 4, n - 2, n - 1], "the items after the popped one keep their order"
