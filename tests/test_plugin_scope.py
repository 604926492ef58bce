"""The plugin acts only on kata runs: a project's own `pytest tests` sees no target and no kata folders."""

from __future__ import annotations

import pytest

from tests.support.demo import write

# In-process runs: what the probe sees (environment, sys.path) is what the plugin did in that run.
pytestmark = pytest.mark.timeout(120)

PROBE = '''
import os
import sys


def test_no_kata_target_and_no_kata_folders_on_the_path():
    assert "DOJO_TARGET" not in os.environ
    assert not [p for p in sys.path if p.endswith(("01_demo", "02_other"))]
'''


def test_the_plugin_is_inert_when_the_run_collects_nothing_under_katas(kata_repo: pytest.Pytester):
    write(kata_repo.path, "tests/test_probe.py", PROBE)
    result = kata_repo.runpytest_inprocess("tests")
    result.assert_outcomes(passed=1)
    assert "readiness report" not in result.stdout.str()


@pytest.mark.parametrize("arguments", [["katas"], ["katas/01_demo/test_arith.py::test_adds"], []])
def test_the_plugin_acts_on_a_run_of_kata_tests(kata_repo: pytest.Pytester, arguments):
    (kata_repo.path / "pytest.ini").write_text(
        (kata_repo.path / "pytest.ini").read_text(encoding="utf-8") + "testpaths = katas\n", encoding="utf-8"
    )
    result = kata_repo.runpytest_inprocess(*arguments)
    assert "readiness report" in result.stdout.str()
