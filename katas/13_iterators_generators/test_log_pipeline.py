"""Tests for log_pipeline.py: lazy stages read a line only when a later stage asks; the count of reads proves it."""

import itertools

import pytest

from dojo.testing import assert_returns, call_kata
from log_pipeline import first_errors, messages_at, parse

SAMPLE = ["INFO: started", "garbage", "ERROR: disk full", "WARN: slow", "ERROR: retry failed", "INFO: done"]


class Stream:
    """An endless log: line n is an ERROR every 5th line, INFO otherwise. Counts the lines read."""

    def __init__(self, limit=10_000):
        self.read, self.limit = 0, limit

    def __iter__(self):
        for n in itertools.count():
            if n >= self.limit:
                raise AssertionError(
                    f"{self.limit} lines read from a stream that never ends: a stage is reading everything "
                    "before handing anything on"
                )
            self.read += 1
            yield f"ERROR: failure {n}" if n % 5 == 4 else f"INFO: tick {n}"


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_parse_splits_levels_and_skips_garbage():
    assert_returns(
        call_kata(lambda: list(parse(SAMPLE))),
        [("INFO", "started"), ("ERROR", "disk full"), ("WARN", "slow"), ("ERROR", "retry failed"), ("INFO", "done")],
        "list(parse(SAMPLE))",
    )
    assert_returns(call_kata(lambda: list(parse(["TRACE: a: b"]))), [("TRACE", "a: b")], "parse (split at the first ': ' only)")


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_messages_at_keeps_one_level():
    records = [("INFO", "a"), ("ERROR", "b"), ("ERROR", "c"), ("WARN", "d")]
    assert_returns(call_kata(lambda: list(messages_at("ERROR", records))), ["b", "c"], "list(messages_at('ERROR', records))")
    assert_returns(call_kata(lambda: list(messages_at("DEBUG", records))), [], "list(messages_at('DEBUG', records))")


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_stages_read_nothing_until_asked():
    stream = Stream()
    records = call_kata(parse, stream)
    errors = call_kata(messages_at, "ERROR", records)
    assert stream.read == 0, f"making the stages read {stream.read} lines: a stage reads only when asked for a result"
    assert iter(records) is records and iter(errors) is errors, "each stage returns an iterator"
    assert_returns(call_kata(next, errors), "failure 4", "next(errors)")
    assert stream.read == 5, f"the first ERROR is line 5, so 5 lines should have been read, not {stream.read}"


@pytest.mark.checklist("iterators_generators.lifecycle")
@pytest.mark.parametrize("count", [1, 3, 40])
def test_first_errors_reads_only_what_it_needs(count):
    stream = Stream()
    result = call_kata(first_errors, stream, count)
    assert_returns(result, [f"failure {5 * k + 4}" for k in range(count)], f"first_errors(stream, {count})")
    assert stream.read == 5 * count, (
        f"the {count}th ERROR is line {5 * count}; {stream.read} lines were read. Stop reading as soon as "
        "you have enough (itertools.islice stops without reading one more)"
    )


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_first_errors_edge_counts():
    stream = Stream()
    assert_returns(call_kata(first_errors, stream, 0), [], "first_errors(stream, 0)")
    assert stream.read == 0, "zero errors wanted: read nothing"
    assert_returns(
        call_kata(first_errors, iter(SAMPLE), 5),
        ["disk full", "retry failed"],
        "first_errors(SAMPLE, 5) (a finite log with fewer errors than wanted gives all of them)",
    )
