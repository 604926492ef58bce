"""Tests for try_clauses.py: try, then except or else, then finally, whichever way the code leaves."""

from dojo.testing import assert_returns, call_kata, kata_raises
from try_clauses import process_jobs, run_transaction


class RecordingConnection:
    """A fake connection that records every call in a shared list of events."""

    def __init__(self, events, commit_error=None):
        self.events = events
        self.commit_error = commit_error

    def begin(self):
        self.events.append("begin")

    def commit(self):
        self.events.append("commit")
        if self.commit_error is not None:
            raise self.commit_error

    def rollback(self):
        self.events.append("rollback")

    def close(self):
        self.events.append("close")

    def __repr__(self):
        return "RecordingConnection()"


def work_that(events, returns=None, raises=None):
    def work(connection):
        events.append("work")
        if raises is not None:
            raise raises
        return returns

    return work


def test_a_successful_transaction_commits_then_closes():
    events = []
    result = call_kata(run_transaction, RecordingConnection(events), work_that(events, returns=42))
    assert events == ["begin", "work", "commit", "close"], (
        f"calls were {events}: after work succeeds, commit, then close"
    )
    assert result == 42, "run_transaction returns what work returned"
    assert_returns(result, 42, "result")


def test_bad_input_rolls_back_then_closes_and_returns_none():
    events = []
    result = call_kata(run_transaction, RecordingConnection(events), work_that(events, raises=ValueError("bad row")))
    assert events == ["begin", "work", "rollback", "close"], (
        f"calls were {events}: a ValueError from work is handled by a rollback, then close; no commit"
    )
    assert result is None, "a handled ValueError makes run_transaction return None"


def test_a_failing_commit_is_not_mistaken_for_bad_input():
    events = []
    commit_error = ValueError("disk full")
    connection = RecordingConnection(events, commit_error=commit_error)
    raised = kata_raises(ValueError, run_transaction, connection, work_that(events, returns=42))
    assert raised is commit_error, "the exception from commit() should reach the caller unchanged"
    assert events == ["begin", "work", "commit", "close"], (
        f"calls were {events}: the except clause is for failures of work; an error from commit "
        "must not trigger a rollback, and close still comes last"
    )


def test_an_unexpected_error_propagates_after_close():
    events = []
    error = KeyError("missing column")
    connection = RecordingConnection(events)
    raised = kata_raises(KeyError, run_transaction, connection, work_that(events, raises=error))
    assert raised is error, "an exception other than ValueError reaches the caller unchanged"
    assert events == ["begin", "work", "close"], (
        f"calls were {events}: no commit and no rollback for an unexpected error, but close still runs"
    )


def recording_jobs(events, outcomes):
    """One job per outcome: a value to return, or an exception instance to raise."""

    def make(index, outcome):
        def job():
            events.append(("run", index))
            if isinstance(outcome, BaseException):
                raise outcome
            return outcome

        return job

    return [make(index, outcome) for index, outcome in enumerate(outcomes)]


def test_each_job_is_released_before_the_next_one_starts():
    events = []
    results = call_kata(process_jobs, recording_jobs(events, ["a", "b", "c"]), lambda i: events.append(("release", i)))
    assert events == [("run", 0), ("release", 0), ("run", 1), ("release", 1), ("run", 2), ("release", 2)], (
        f"events were {events}: each job is released right after it runs"
    )
    assert results == ["a", "b", "c"], "every job succeeded: all three results, in order"
    assert_returns(results, ["a", "b", "c"], "results")


def test_a_failed_job_is_skipped_and_still_released():
    events = []
    jobs = recording_jobs(events, ["a", ValueError("bad"), "c"])
    results = call_kata(process_jobs, jobs, lambda i: events.append(("release", i)))
    assert events == [("run", 0), ("release", 0), ("run", 1), ("release", 1), ("run", 2), ("release", 2)], (
        f"events were {events}: the job that raised ValueError must be released before job 2 starts, "
        "even though the loop skips ahead"
    )
    assert results == ["a", "c"], "the failed job has no result; the others keep theirs, in order"
    assert_returns(results, ["a", "c"], "results")


def test_none_stops_the_batch_after_releasing_the_job():
    events = []
    jobs = recording_jobs(events, ["a", None, "c"])
    results = call_kata(process_jobs, jobs, lambda i: events.append(("release", i)))
    assert events == [("run", 0), ("release", 0), ("run", 1), ("release", 1)], (
        f"events were {events}: job 1 returned None, so it is released and job 2 never runs"
    )
    assert results == ["a"], "None is not a result: only job 0's result is returned"
    assert_returns(results, ["a"], "results")


def test_another_error_of_a_job_reaches_the_caller_after_release():
    events = []
    error = KeyError("no such file")
    jobs = recording_jobs(events, ["a", error, "c"])
    raised = kata_raises(KeyError, process_jobs, jobs, lambda i: events.append(("release", i)))
    assert raised is error, "a KeyError is not a failed job: it reaches the caller unchanged"
    assert events == [("run", 0), ("release", 0), ("run", 1), ("release", 1)], (
        f"events were {events}: the job that raised KeyError is released, and no later job runs"
    )
