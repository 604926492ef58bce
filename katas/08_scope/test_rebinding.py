"""Tests for rebinding.py: `global` reaches the module, `nonlocal` reaches the enclosing function."""

import pytest

import rebinding
from dojo.testing import assert_returns, call_kata
from rebinding import make_counter, record_call


@pytest.mark.checklist("scope.legb")
def test_record_call_increments_the_module_global():
    before = rebinding.CALL_COUNT
    returned = call_kata(record_call)
    assert rebinding.CALL_COUNT == before + 1, (
        "record_call() must rebind the module-level CALL_COUNT, not a local of the same name"
    )
    assert returned == rebinding.CALL_COUNT, "record_call() returns the new count"
    assert_returns(returned, rebinding.CALL_COUNT, "record_call()")


@pytest.mark.checklist("scope.legb")
def test_counter_counts_up_from_start():
    counter = call_kata(make_counter, 10)
    assert_returns([call_kata(counter) for _ in range(3)], [11, 12, 13], "the results")


@pytest.mark.checklist("scope.legb")
def test_counters_are_independent():
    first, second = call_kata(make_counter), call_kata(make_counter)
    call_kata(first)
    call_kata(first)
    assert (returned := call_kata(second)) == 1, "each make_counter() call needs its own count, in its own enclosing scope"
    assert_returns(returned, 1, "second()")
    assert_returns(call_kata(first), 3, "first()")


@pytest.mark.checklist("scope.legb")
def test_counter_keeps_its_count_in_a_closure_cell():
    names_before = set(vars(rebinding))
    counter = call_kata(make_counter, 5)
    call_kata(counter)
    assert counter.__closure__, (
        "the count should live in the enclosing scope of make_counter (look at counter.__closure__)"
    )
    assert 6 in [cell.cell_contents for cell in counter.__closure__], (
        "after one call, a closure cell of the counter should hold the count, the int 6 (a list or an "
        "itertools.count holding it does not rebind a variable: see the task)"
    )
    assert set(vars(rebinding)) == names_before, "a counter must not create module globals"
    assert not vars(counter), "a counter must not keep its count in function attributes"
