"""Tests for cached_report.py: cache per object (cached_property), not in a function shared by all objects."""

import gc
import weakref

import pytest

from cached_report import Report
from dojo.testing import assert_returns, call_kata

pytestmark = pytest.mark.checklist("object_model.attribute_lookup")


def total_of(report):
    return call_kata(getattr, report, "total")


def test_total_is_computed_once_per_report():
    report = call_kata(Report, [3, 4, 5])
    assert_returns([total_of(report) for _ in range(3)], [12, 12, 12], "three reads of report.total (the sum of the rows)")
    assert report.computations == 1, f"three reads computed the total {report.computations} times: once is enough"


def test_each_report_has_its_own_total():
    first, second, twin = call_kata(Report, [1]), call_kata(Report, [2, 3]), call_kata(Report, [1])
    assert_returns((total_of(first), total_of(second), total_of(twin)), (1, 5, 1), "the totals of Report([1]), Report([2, 3]), Report([1])")
    assert first == twin and first != second, "reports are equal when their rows are equal, as before"
    assert (first.computations, second.computations, twin.computations) == (1, 1, 1), (
        "each report computes its own total once; equal reports do not share one cached result"
    )


def test_a_report_is_freed_when_nothing_refers_to_it():
    report = call_kata(Report, [1, 2])
    total_of(report)
    ref = weakref.ref(report)
    del report
    gc.collect()
    assert ref() is None, (
        "the Report is still alive after its last reference went away: a cache keeps it as a key. "
        "Keep the cached value on the object itself"
    )
