"""A pytest plugin for the project's own tests: records how each kata test ended.

Loaded with ``-p tests.kata_probe`` in a child pytest run; writes JSON to $KATA_PROBE_OUT:
{nodeid: {"outcome", "exception" (type name or null), "exception_mro", "checklist"}} and
the collection errors. Serial runs only (the contract runs are serial).
"""

import json
import os

import pytest

_results: dict = {}
_collection_errors: list = []


def pytest_configure(config):
    # tests.probe_batch runs pytest several times in one interpreter: each run records afresh.
    _results.clear()
    _collection_errors.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    entry = _results.setdefault(
        item.nodeid,
        {
            "outcome": "passed",
            "exception": None,
            "exception_mro": [],
            "message": "",
            "checklist": [arg for marker in item.iter_markers("checklist") for arg in marker.args],
        },
    )
    if report.failed and entry["outcome"] != "failed":
        entry["outcome"] = "failed"
        if call.excinfo is not None:
            entry["exception"] = call.excinfo.typename
            entry["exception_mro"] = [cls.__name__ for cls in call.excinfo.type.__mro__]
            entry["message"] = str(call.excinfo.value)[:500]
    elif report.skipped and entry["outcome"] == "passed":
        entry["outcome"] = "skipped"
    return report


def pytest_collectreport(report):
    if report.failed:
        _collection_errors.append({"nodeid": report.nodeid, "error": str(report.longrepr)[-2000:]})


def pytest_sessionfinish(session):
    with open(os.environ["KATA_PROBE_OUT"], "w", encoding="utf-8") as handle:
        json.dump({"tests": _results, "collection_errors": _collection_errors}, handle, indent=1)
