"""Tests for service_loop.py: KeyboardInterrupt and SystemExit must get through; errors must not.

These tests send KeyboardInterrupt and SystemExit through your code and catch them here,
so a wrong answer fails its test and never ends the run. Every script of calls is finite
and ends in a normal return: a loop that swallows the interrupt carries on, reaches that
return, and the test fails because the loop returned instead of stopping.
"""

import pytest

from dojo.target import KataUnavailable
from dojo.testing import USER_INTERRUPT, Deadline, run_bounded
from service_loop import serve, wait_until_ready

BOUND = 2.0  # seconds; every script here ends long before


def outcome(fn, *args):
    """Call learner code; return ("returned", value) or ("raised", exception), whatever it raises."""
    try:
        return "returned", run_bounded(lambda: fn(*args), BOUND)
    except Deadline:
        pytest.fail(f"{fn.__name__} did not finish within {BOUND:g} s", pytrace=False)
    except KataUnavailable:
        raise  # service_loop.py did not import (a syntax error, sys.exit at module level): that is the failure
    except BaseException as error:  # KeyboardInterrupt and SystemExit too: this test sent them
        if isinstance(error, KeyboardInterrupt) and USER_INTERRUPT.is_set():
            raise  # a real Ctrl-C from the learner at the keyboard
        return "raised", error


class Script:
    """A callable that raises or returns the next outcome on each call, and counts its calls.

    Every script ends in a normal value, repeated once the script is used up: a loop that
    swallows what it should not still finishes, and fails its test instead of spinning.
    """

    def __init__(self, *outcomes):
        self.outcomes = list(outcomes)
        self.calls = 0

    def __call__(self, *args):
        outcome_ = self.outcomes[min(self.calls, len(self.outcomes) - 1)]
        self.calls += 1
        if isinstance(outcome_, BaseException):
            raise outcome_
        return outcome_


def _expect_raised(result, expected, what):
    kind, value = result
    assert kind == "raised" and value is expected, (
        f"{what}: expected the {type(expected).__name__} to reach the caller, but the call "
        + (f"returned {value!r}" if kind == "returned" else f"raised {type(value).__name__}: {value}")
        + ". A bare `except:` (or `except BaseException:` without re-raising) catches it"
    )


@pytest.mark.checklist("error_handling.bare_except")
def test_ctrl_c_in_a_handler_stops_serving_at_once():
    interrupt = KeyboardInterrupt()
    requests = Script("a", "b", "c", None)
    handle = Script("ok", interrupt, "ok")
    result = outcome(serve, requests, handle, [])
    _expect_raised(result, interrupt, "handle raised KeyboardInterrupt on request 'b'")
    assert requests.calls == 2, f"next_request was called {requests.calls} times: after the interrupt, no more requests"


@pytest.mark.checklist("error_handling.bare_except")
def test_sys_exit_in_a_handler_reaches_the_caller_with_its_code():
    exit_ = SystemExit(3)
    errors: list = []
    result = outcome(serve, Script("a", "b", None), Script(exit_, "ok"), errors)
    _expect_raised(result, exit_, "handle called sys.exit(3)")
    assert exit_.code == 3 and errors == [], f"a SystemExit is no error to record: errors is {errors!r}"


@pytest.mark.checklist("error_handling.bare_except")
def test_ctrl_c_while_waiting_for_a_request_stops_serving():
    interrupt = KeyboardInterrupt()
    requests = Script("a", interrupt, "b", None)
    result = outcome(serve, requests, Script("ok"), [])
    _expect_raised(result, interrupt, "next_request raised KeyboardInterrupt")
    assert requests.calls == 2, f"next_request was called {requests.calls} times after the interrupt"


@pytest.mark.checklist("error_handling.bare_except")
def test_errors_are_recorded_and_serving_goes_on_until_an_interrupt():
    failure, interrupt = ValueError("bad request"), KeyboardInterrupt()
    errors: list = []
    requests = Script("a", "b", "c", "d", None)
    handle = Script("ok", failure, "ok", interrupt)
    result = outcome(serve, requests, handle, errors)
    _expect_raised(result, interrupt, "handle raised KeyboardInterrupt on request 'd'")
    assert errors == [("b", failure)], (
        f"errors should hold exactly ('b', the ValueError it raised), got {errors!r}: record errors, go on serving"
    )


@pytest.mark.checklist("error_handling.bare_except")
def test_serve_counts_only_requests_handled_without_error():
    errors: list = []
    interrupt = KeyboardInterrupt()
    result = outcome(serve, Script("a", "b", "c", None), Script(OSError("disk full"), "ok", "ok"), errors)
    assert result == ("returned", 2), f"3 requests, 1 failed: serve should return 2, got {result!r}"
    assert [request for request, _ in errors] == ["a"], f"errors: {errors!r}"
    result = outcome(serve, Script("a", None), Script(interrupt, "ok"), [])
    _expect_raised(result, interrupt, "handle raised KeyboardInterrupt")


@pytest.mark.checklist("error_handling.bare_except")
def test_ctrl_c_stops_the_readiness_probe_at_once():
    interrupt = KeyboardInterrupt()
    probe = Script(OSError("refused"), interrupt, True)
    result = outcome(wait_until_ready, probe, 10)
    _expect_raised(result, interrupt, "probe raised KeyboardInterrupt on its second call")
    assert probe.calls == 2, f"probe was called {probe.calls} times: the interrupt should stop it after 2"


@pytest.mark.checklist("error_handling.bare_except")
def test_sys_exit_stops_the_readiness_probe():
    exit_ = SystemExit(0)
    probe = Script(exit_, True)
    _expect_raised(outcome(wait_until_ready, probe, 10), exit_, "probe called sys.exit(0)")


@pytest.mark.checklist("error_handling.bare_except")
def test_a_bug_in_the_probe_is_not_retried():
    bug = TypeError("probe() takes 0 positional arguments")
    probe = Script(OSError("refused"), bug, True)
    result = outcome(wait_until_ready, probe, 10)
    assert result == ("raised", bug), (
        f"probe raised OSError, then TypeError, then would return True; wait_until_ready gave {result!r}. "
        "Only OSError means 'not ready yet': catch that, not Exception, so a bug reaches the caller"
    )


def test_the_probe_retries_oserror_and_gives_up_with_timeouterror():
    probe = Script(ConnectionRefusedError(), OSError(), True)
    assert outcome(wait_until_ready, probe, 5) == ("returned", 3), "ready on the third call: return 3"
    probe = Script(ConnectionRefusedError(), OSError(), OSError(), ConnectionRefusedError(), True)  # ready on call 5
    kind, error = outcome(wait_until_ready, probe, 4)
    assert kind == "raised" and type(error) is TimeoutError and probe.calls == 4, (
        f"never ready in 4 attempts: expected TimeoutError after 4 calls, got {kind} {error!r} after {probe.calls}"
    )
    interrupt = KeyboardInterrupt()
    _expect_raised(outcome(wait_until_ready, Script(interrupt, True), 3), interrupt, "probe raised KeyboardInterrupt")
