"""Tests for lazy_package.py: a module-level __getattr__ (PEP 562) defers a submodule's import to its first use."""

import importlib
import sys
import textwrap

import pytest

import lazy_package
from dojo.testing import assert_returns, call_kata, kata_raises


@pytest.fixture
def lab(tmp_path):
    """The kata's package in a fresh folder on sys.path; sys.path and sys.modules are restored afterwards."""
    saved_path, saved_modules, saved_bytecode = list(sys.path), dict(sys.modules), sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(tmp_path))
    for filename, source in {**lazy_package.PACKAGE, "lab_runs.py": "RUNS = []\n"}.items():
        path = tmp_path / filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    importlib.invalidate_caches()
    yield tmp_path
    sys.path[:] = saved_path
    for name in [name for name in sys.modules if name not in saved_modules]:
        del sys.modules[name]
    sys.modules.update(saved_modules)
    sys.path_importer_cache.pop(str(tmp_path), None)
    sys.dont_write_bytecode = saved_bytecode
    importlib.invalidate_caches()


def runs():
    """The submodules that have run so far, in order (each appends its name when it runs)."""
    return list(importlib.import_module("lab_runs").RUNS)


def import_reports():
    return call_kata(importlib.import_module, "lab_reports")


@pytest.mark.checklist("imports_modules.imports_execute")
def test_importing_the_package_runs_no_submodule(lab):
    reports = import_reports()
    assert runs() == [], f"import lab_reports ran {runs()}: every import line at the top of __init__.py runs at once"
    assert_returns(reports.VERSION, "2.0", "lab_reports.VERSION")


@pytest.mark.checklist("imports_modules.imports_execute")
def test_a_submodule_is_imported_on_first_use(lab):
    reports = import_reports()
    charts = call_kata(getattr, reports, "charts")
    assert charts is sys.modules.get("lab_reports.charts"), "lab_reports.charts should be the submodule lab_reports.charts"
    assert_returns(call_kata(charts.draw, [1, 2]), "chart of 1, 2", "lab_reports.charts.draw([1, 2])")
    assert runs() == ["lab_reports.charts"], f"only charts was used, yet {runs()} ran"


@pytest.mark.checklist("imports_modules.module_caching")
def test_a_from_import_works_and_nothing_runs_twice(lab):
    import_reports()
    namespace = {}
    call_kata(exec, "from lab_reports import tables", namespace)
    assert_returns(call_kata(namespace["tables"].render, [1, 2]), "1 | 2", "tables.render([1, 2])")
    reports = sys.modules["lab_reports"]
    for _ in range(3):
        call_kata(getattr, reports, "tables")
    call_kata(exec, "from lab_reports import tables", {})
    assert runs() == ["lab_reports.tables"], f"tables should run once, on its first use: {runs()}"


@pytest.mark.checklist("imports_modules.imports_execute")
def test_an_unknown_name_is_still_missing(lab):
    reports = import_reports()
    kata_raises(AttributeError, getattr, reports, "graphs")
    assert call_kata(getattr, reports, "graphs", "none") == "none", "getattr with a default relies on AttributeError"
    assert runs() == [], f"after the import and a lookup of a missing name, {runs()} had run: nothing should"
    listed = call_kata(dir, reports)
    assert {"charts", "tables", "VERSION"} <= set(listed), f"dir(lab_reports) should list charts and tables: {listed}"
