"""Tests for cached_lookups.py: lru_cache counts calls saved; cached_property caches per instance and lets it go."""

import gc
import weakref

import pytest

from cached_lookups import Report, cached_fetcher
from dojo.testing import assert_returns, call_kata


def counting_fetch(calls):
    def fetch(key):
        calls.append(key)
        return key.upper()

    return fetch


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_cached_fetcher_fetches_each_key_once():
    calls = []
    lookup = call_kata(cached_fetcher, counting_fetch(calls), 8)
    answers = [call_kata(lookup, key) for key in ["a", "b", "a", "a", "b", "c"]]
    assert answers == ["A", "B", "A", "A", "B", "C"]
    assert calls == ["a", "b", "c"], f"fetch was called for {calls}: each key should be fetched once"


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_cached_fetcher_forgets_the_least_recently_used_key():
    calls = []
    lookup = call_kata(cached_fetcher, counting_fetch(calls), 2)
    for key in ["a", "b", "a", "c", "a", "b"]:
        call_kata(lookup, key)
    assert calls == ["a", "b", "c", "b"], (
        f"fetch was called for {calls}. With room for 2 keys: 'c' pushes out 'b' (used longer ago than 'a'), "
        "so 'a' is still remembered and 'b' is fetched again"
    )


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_report_total_is_computed_once_per_report():
    before = Report.computations
    report = Report([3, 4, 5])
    got = call_kata(lambda: report.total)
    assert got == 12, "report.total is an attribute (no call): the sum of the rows"
    assert_returns(got, 12, "report.total")
    assert_returns(call_kata(lambda: [report.total for _ in range(5)]), [12] * 5, "report.total, read five times")
    assert Report.computations - before == 1, (
        f"reading report.total 6 times computed it {Report.computations - before} times: compute it once per report"
    )


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_reports_with_equal_rows_each_compute_their_own_total():
    before = Report.computations
    first, second = Report([1, 2]), Report([1, 2])
    assert_returns(call_kata(lambda: (first.total, second.total, first.total)), (3, 3, 3), "(first.total, second.total, first.total)")
    assert Report.computations - before == 2, "each report computes its own total once"


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_a_report_nobody_holds_is_freed():
    report = Report([10, 20])
    assert_returns(call_kata(getattr, report, "total"), 30, 'getattr(report, "total")')
    alive = weakref.ref(report)
    del report
    gc.collect()
    assert alive() is None, (
        "the report is still alive after its last reference was dropped: a cache outside the instance "
        "(lru_cache on a method keys its cache by self) keeps every report it has seen"
    )
