"""The results record (--dojo-results): one row per kata test, the same serial and under -n 2."""

from __future__ import annotations

import pytest

from dojo import results as records
from tests.support.demo import ARITH_SOLUTION, write

pytestmark = pytest.mark.timeout(120)

FAILS_TWICE = '''
import pytest
from arith import add


@pytest.fixture
def broken_cleanup():
    yield
    raise RuntimeError("the cleanup failed too")


@pytest.mark.checklist("demo.adding")
def test_fails_in_call_and_teardown(broken_cleanup):
    assert add(1, 2) == 3
'''


def _record(pytester: pytest.Pytester, *args: str) -> records.Results:
    path = pytester.path / "results.json"
    path.unlink(missing_ok=True)
    pytester.runpytest_inprocess("katas", f"--dojo-results={path}", *args)  # under xdist: the controller here
    return records.read(path)


@pytest.mark.parametrize("mode", [[], ["-n", "1"]], ids=["serial", "xdist"])  # one worker: still reported through the controller
def test_one_row_per_test_with_the_phase_and_the_exception(kata_repo, mode):
    write(kata_repo.path, "katas/01_demo/test_teardown.py", FAILS_TWICE)
    results = _record(kata_repo, *mode)
    row = results.by_nodeid["katas/01_demo/test_teardown.py::test_fails_in_call_and_teardown"]
    # Failed once, in call (the stub raises NotImplementedError); its teardown failure never makes it two.
    assert (row.outcome, row.when, row.exception) == ("failed", "call", "NotImplementedError")
    assert "NotImplementedError" in row.exception_mro and row.kata == "teardown" and row.topic == "01_demo"
    assert len([r for r in results.rows if r.nodeid == row.nodeid]) == 1
    assert results.count("passed") == 0 and results.count("failed") == len(results.rows) == 6


def test_serial_and_xdist_records_agree(kata_repo):
    solved_but_negatives = ARITH_SOLUTION.replace("return a + b", "return a + b if a > 0 else 0")
    write(kata_repo.path, "katas/01_demo/arith.py", solved_but_negatives)
    serial, parallel = _record(kata_repo), _record(kata_repo, "-n", "2")
    assert serial.rows == parallel.rows
    assert {r.nodeid.rpartition("::")[2] for r in serial.rows if r.outcome == "passed"} == {"test_adds", "test_names"}


def test_a_failure_carries_the_first_lines_of_its_message(kata_repo):
    write(kata_repo.path, "katas/01_demo/arith.py", ARITH_SOLUTION.replace("a + b", "a - b"))
    rows = [r for r in _record(kata_repo).rows if r.kata == "arith" and r.outcome == "failed"]
    assert rows and all(r.when == "call" and "AssertionError" in r.exception_mro for r in rows)
    assert all(r.message and len(r.message.splitlines()) <= records.MESSAGE_LINES for r in rows)


def test_a_collection_error_is_recorded(kata_repo):
    write(kata_repo.path, "katas/01_demo/test_broken.py", "import pytest\n\ndef test_x(:\n    pass\n")
    results = _record(kata_repo)
    assert [e.nodeid for e in results.collection_errors] == ["katas/01_demo/test_broken.py"]
    assert "SyntaxError" in results.collection_errors[0].message or "invalid syntax" in results.collection_errors[0].message


def test_a_record_that_is_not_one_is_a_one_line_error(tmp_path):
    path = tmp_path / "results.json"
    with pytest.raises(records.ResultsError, match="no results record"):
        records.read(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(records.ResultsError, match="cannot be read"):
        records.read(path)
    path.write_text('{"schema": 1, "rows": [{"nodeid": 3}]}', encoding="utf-8")
    with pytest.raises(records.ResultsError, match="malformed"):
        records.read(path)
