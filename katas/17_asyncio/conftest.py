"""Support for this topic's tests: what a failed test leaves unawaited warns in that test, not in a later one.

A coroutine that nobody awaited warns "coroutine ... was never awaited" when it is garbage
collected. pytest keeps a failed test's traceback (sys.last_*, for post-mortem debugging),
whose frames keep that test's coroutines alive, so the warning would appear during a later
test, which then seems to be at fault (or, in test_missing_await.py, fails for it). After a
failed test, this lets the traceback go and collects, so the warning lands where it belongs.
"""

import gc
import sys

import pytest

_KEPT_FOR_DEBUGGING = ("last_exc", "last_type", "last_value", "last_traceback")


@pytest.fixture(autouse=True)
def _unawaited_coroutines_warn_in_their_own_test():
    yield
    if getattr(sys, "last_value", None) is None and getattr(sys, "last_exc", None) is None:
        return  # the test passed: nothing of it is kept alive
    for name in _KEPT_FOR_DEBUGGING:
        if hasattr(sys, name):
            setattr(sys, name, None)
    gc.collect()
