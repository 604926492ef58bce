"""Tests for exception_groups.py: groups are built and taken apart by their contents.

The tests that put KeyboardInterrupt into a group catch it here themselves.
"""

import pytest

from dojo.testing import USER_INTERRUPT, assert_returns, call_kata, kata_raises
from exception_groups import handle_value_errors, run_all


def leaves(group) -> list:
    return [leaf for error in group.exceptions for leaf in (leaves(error) if isinstance(error, BaseExceptionGroup) else [error])]


def raising(error):
    def task():
        raise error

    return task


def test_run_all_returns_every_result_when_nothing_fails():
    assert_returns(call_kata(run_all, [lambda: 1, lambda: "two", lambda: None]), [1, "two", None], 'run_all([lambda: 1, lambda: "two", lambda: None])')


def test_run_all_runs_every_task_and_groups_the_failures():
    first, second = ValueError("first"), KeyError("second")
    ran = []
    tasks = [raising(first), lambda: ran.append("middle"), raising(second), lambda: ran.append("last")]
    group = kata_raises(ExceptionGroup, run_all, tasks)
    assert ran == ["middle", "last"], f"every task should run even after a failure; these ran: {ran}"
    assert list(group.exceptions) == [first, second], (
        f"the group should hold the two exceptions themselves, in task order, got {list(group.exceptions)!r}"
    )
    assert group.message == "some tasks failed", f"the group's message is {group.message!r}"


def test_run_all_stops_at_once_on_ctrl_c():
    interrupt = KeyboardInterrupt()
    ran = []
    try:
        run_all([raising(ValueError("x")), raising(interrupt), lambda: ran.append("after")])
        escaped = None
    except BaseException as error:  # this test sent the KeyboardInterrupt
        if error is not interrupt and isinstance(error, KeyboardInterrupt) and USER_INTERRUPT.is_set():
            raise
        escaped = error
    assert escaped is interrupt and ran == [], (
        f"a KeyboardInterrupt is not a task failure: it should reach the caller at once, by itself "
        f"(got {escaped!r}, and these tasks still ran: {ran})"
    )


def test_value_errors_in_a_group_are_handled():
    group = ExceptionGroup("batch", [ValueError("a"), ValueError("b")])
    assert_returns(call_kata(handle_value_errors, raising(group)), ["a", "b"], 'handle_value_errors(raising(group))')


def test_the_rest_of_the_group_goes_on():
    type_error, os_error = TypeError("t"), OSError("o")
    group = ExceptionGroup("batch", [ValueError("a"), type_error, ValueError("b"), os_error])
    rest = kata_raises(ExceptionGroup, handle_value_errors, raising(group))
    assert list(rest.exceptions) == [type_error, os_error], (
        f"what is not a ValueError should reach the caller as a group of the rest, got {list(rest.exceptions)!r}"
    )


def test_nested_groups_are_searched():
    group = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("t")])])
    rest = kata_raises(ExceptionGroup, handle_value_errors, raising(group))
    assert [type(e) for e in leaves(rest)] == [TypeError], f"only the TypeError should go on, got {leaves(rest)!r}"
    nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("b")]), ValueError("a")])
    assert sorted(call_kata(handle_value_errors, raising(nested))) == ["a", "b"], (
        "ValueErrors inside nested groups count too: their messages, whatever the nesting"
    )


def test_a_lone_value_error_is_handled_too():
    assert_returns(call_kata(handle_value_errors, raising(ValueError("alone"))), ["alone"], 'handle_value_errors(raising(ValueError("alone")))')
    assert_returns(call_kata(handle_value_errors, lambda: "fine"), [], 'handle_value_errors(lambda: "fine")')
    kata_raises(KeyError, handle_value_errors, raising(KeyError("not mine")))


@pytest.mark.checklist("error_handling.bare_except")
def test_a_keyboard_interrupt_in_a_group_goes_on():
    interrupt = KeyboardInterrupt()
    group = BaseExceptionGroup("batch", [ValueError("a"), interrupt])
    try:
        handle_value_errors(raising(group))
        escaped = None
    except BaseException as error:  # this test sent the KeyboardInterrupt
        escaped = error
    assert isinstance(escaped, BaseExceptionGroup) and list(escaped.exceptions) == [interrupt], (
        f"the KeyboardInterrupt in the group must reach the caller (in a BaseExceptionGroup); got {escaped!r}"
    )
