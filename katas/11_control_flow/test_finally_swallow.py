"""Tests for finally_swallow.py: finally is for cleanup; return, break or continue in it discard the exception in flight."""

from dojo.testing import assert_returns, call_kata, kata_raises
from finally_swallow import close_all, save_report


def recording_writer(events, error=None):
    def write(report):
        events.append(f"write {report}")
        if error is not None:
            raise error

    return write


def test_a_failed_write_reaches_the_caller_after_the_audit():
    events = []
    error = OSError("disk full")
    raised = kata_raises(OSError, save_report, recording_writer(events, error), "q3", events.append)
    assert raised is error, "the caller should get the very exception write() raised"
    assert events == ["write q3", "save attempted"], (
        f"events were {events}: the audit runs after the failed write, and then the error goes on to the caller"
    )


def test_save_report_audits_every_attempt_and_returns_true_only_on_success():
    events = []
    assert call_kata(save_report, recording_writer(events), "q3", events.append) is True, (
        "a successful save returns True"
    )
    kata_raises(OSError, save_report, recording_writer(events, OSError("disk full")), "q4", events.append)
    assert events == ["write q3", "save attempted", "write q4", "save attempted"], (
        f"events were {events}: one audit per attempt, successful or not"
    )


class Resource:
    """A fake resource whose close() records its name and may raise."""

    def __init__(self, name, events, error=None):
        self.name, self.events, self.error = name, events, error

    def close(self):
        self.events.append(self.name)
        if self.error is not None:
            raise self.error

    def __repr__(self):
        return f"Resource({self.name!r})"


def test_close_all_closes_everything_then_raises_the_first_failure():
    events = []
    first, second = ConnectionError("db"), TimeoutError("cache")
    resources = [
        Resource("log", events),
        Resource("db", events, first),
        Resource("cache", events, second),
        Resource("socket", events),
    ]
    raised = kata_raises(ConnectionError, close_all, resources)
    assert raised is first, "the first failure (the db's ConnectionError) should reach the caller"
    assert events == ["log", "db", "cache", "socket"], (
        f"close() was called on {events}: every resource must be tried, in order, even after failures"
    )


def test_close_all_counts_resources_only_when_all_closed():
    events = []
    assert (returned := call_kata(close_all, [Resource("log", events), Resource("db", events)])) == 2, (
        "two resources closed without trouble: close_all returns 2"
    )
    assert_returns(returned, 2, "close_all([Resource('log', events), Resource('db', events)])")
    kata_raises(OSError, close_all, [Resource("log", events), Resource("db", events, OSError("gone"))])
