"""Tests for suppressing_exit.py: what __exit__ returns decides whether the exception goes on.

The tests that send KeyboardInterrupt through a with block catch it here themselves.
"""

import pytest

from dojo.testing import USER_INTERRUPT, call_kata
from suppressing_exit import ignoring


def run_block(manager, raised):
    """Run `with manager: raise raised` (or nothing); return ("after", None) or ("escaped", exception)."""
    try:
        with manager:
            if raised is not None:
                raise raised
        return "after", None
    except BaseException as error:  # KeyboardInterrupt too: this test sent it
        if isinstance(error, KeyboardInterrupt) and error is not raised and USER_INTERRUPT.is_set():
            raise
        return "escaped", error


def test_a_listed_exception_is_swallowed_and_kept():
    manager = call_kata(ignoring, KeyError, ValueError)
    error = ValueError("bad")
    assert run_block(manager, error) == ("after", None), (
        "a ValueError in `with ignoring(KeyError, ValueError):` should be swallowed: return True from __exit__"
    )
    assert manager.caught is error, f"caught should be the swallowed exception itself, got {manager.caught!r}"


def test_a_subclass_of_a_listed_type_is_swallowed():
    manager = call_kata(ignoring, LookupError)
    error = KeyError("missing")
    assert run_block(manager, error) == ("after", None), "KeyError is a LookupError: it should be swallowed too"
    assert manager.caught is error


def test_another_exception_goes_on_unchanged():
    manager = call_kata(ignoring, KeyError)
    error = TypeError("not mine")
    assert run_block(manager, error) == ("escaped", error), (
        "a TypeError is not listed: __exit__ must return a false value so it propagates, the same object"
    )
    assert manager.caught is None, f"nothing was swallowed, but caught is {manager.caught!r}"


@pytest.mark.checklist("error_handling.bare_except")
def test_ignoring_exception_lets_ctrl_c_through():
    manager = call_kata(ignoring, Exception)
    interrupt = KeyboardInterrupt()
    assert run_block(manager, interrupt) == ("escaped", interrupt), (
        "ignoring(Exception) swallowed a KeyboardInterrupt: it is a BaseException, not an Exception; "
        "check the type, do not swallow everything"
    )
    manager = call_kata(ignoring, Exception)
    exit_ = SystemExit(2)
    assert run_block(manager, exit_) == ("escaped", exit_), "ignoring(Exception) swallowed sys.exit(2)"


def test_a_clean_block_is_left_alone():
    manager = call_kata(ignoring, KeyError)
    assert run_block(manager, None) == ("after", None)
    assert manager.caught is None
    assert not manager.__exit__(None, None, None), "__exit__ after a clean block should return a false value"


def test_as_binds_the_manager_and_each_use_starts_clean():
    manager = call_kata(ignoring, KeyError)
    with manager as bound:
        pass
    assert bound is manager, "`with ignoring(...) as ignored` should bind the manager itself: __enter__ returns self"
    run_block(manager, KeyError("first"))
    fresh = call_kata(ignoring, KeyError)
    assert fresh.caught is None, "a new ignoring starts with caught = None"
