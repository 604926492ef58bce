"""Tests for retry_loop.py: success skips the loop's else; only Exception is retried; giving up chains the last failure."""

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from retry_loop import RetryError, retry


class Cancelled(BaseException):
    """Stands in for asyncio.CancelledError, KeyboardInterrupt and SystemExit: a BaseException, not an Exception."""


def scripted(outcomes, calls):
    """An operation that raises or returns the next outcome on each call, recording every call."""
    outcomes = iter(outcomes)

    def operation():
        calls.append(len(calls) + 1)
        outcome = next(outcomes)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return operation


@pytest.mark.checklist("control_flow.for_else")
def test_retry_returns_the_first_success_and_calls_no_more():
    calls = []
    operation = scripted([ConnectionError("flaky"), TimeoutError("slow"), "payload", "extra"], calls)
    assert (returned := call_kata(retry, operation, 5)) == "payload", "the third call returned 'payload': retry returns it"
    assert_returns(returned, "payload", "retry(operation, 5)")
    assert calls == [1, 2, 3], f"operation was called {len(calls)} times: after the success on call 3, no more calls"


@pytest.mark.checklist("control_flow.for_else")
def test_retry_gives_up_with_retry_error_caused_by_the_last_failure():
    calls = []
    last = ValueError("third failure")
    operation = scripted([OSError("first"), KeyError("second"), last], calls)
    raised = kata_raises(RetryError, retry, operation, 3)
    assert calls == [1, 2, 3], f"operation was called {len(calls)} times: all 3 attempts should be made"
    assert raised.__cause__ is last, (
        f"RetryError.__cause__ is {raised.__cause__!r}: it should be the last failure, "
        "so the traceback shows why the final attempt failed"
    )


def test_retry_lets_a_cancellation_through_at_once():
    calls = []
    operation = scripted([ValueError("retry me"), Cancelled(), "never reached"], calls)
    kata_raises(Cancelled, retry, operation, 5)
    assert calls == [1, 2], (
        f"operation was called {len(calls)} times: a BaseException that is not an Exception "
        "(a cancellation, Ctrl-C, sys.exit) must stop the retries at once and reach the caller"
    )
