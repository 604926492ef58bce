"""Tests for imports_predictions.py: each puzzle runs in this interpreter, in a fresh folder; your prediction must match it."""

import importlib
import sys

import pytest

import imports_predictions as puzzles
from dojo.testing import check_prediction


@pytest.fixture
def lab(tmp_path):
    """A folder on sys.path for the modules this test writes; sys.path and sys.modules are restored afterwards."""
    saved_path, saved_modules, saved_bytecode = list(sys.path), dict(sys.modules), sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # a rewritten module is read from its source again, never from a stale .pyc
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    yield tmp_path
    sys.path[:] = saved_path
    for name in [name for name in sys.modules if name not in saved_modules]:
        del sys.modules[name]
    sys.modules.update(saved_modules)
    sys.path_importer_cache.pop(str(tmp_path), None)
    sys.dont_write_bytecode = saved_bytecode
    importlib.invalidate_caches()


@pytest.fixture(autouse=True)
def puzzle_lab(lab, monkeypatch):
    """The puzzles write their modules into the lab folder."""
    monkeypatch.setattr(puzzles, "LAB", lab)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_import_runs_the_module():
    check_prediction(puzzles.import_runs_the_module)


@pytest.mark.checklist("imports_modules.module_caching")
def test_second_import():
    check_prediction(puzzles.second_import)


@pytest.mark.checklist("imports_modules.module_caching")
def test_reload_runs_it_again():
    check_prediction(puzzles.reload_runs_it_again)


@pytest.mark.checklist("imports_modules.module_caching")
def test_from_import_copies_the_binding():
    check_prediction(puzzles.from_import_copies_the_binding)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_name_of_an_imported_module():
    check_prediction(puzzles.name_of_an_imported_module)


@pytest.mark.checklist("imports_modules.module_caching")
def test_partially_initialised():
    check_prediction(puzzles.partially_initialised)


@pytest.mark.checklist("imports_modules.module_caching")
def test_circular_from_import():
    check_prediction(puzzles.circular_from_import)


@pytest.mark.checklist("imports_modules.module_caching")
def test_package_init_runs_once():
    check_prediction(puzzles.package_init_runs_once)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_import_module_or_dunder_import():
    check_prediction(puzzles.import_module_or_dunder_import)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_all_names_a_missing_function():
    check_prediction(puzzles.all_names_a_missing_function)


@pytest.mark.checklist("imports_modules.module_caching")
def test_reload_and_isinstance():
    check_prediction(puzzles.reload_and_isinstance)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_star_without_all():
    check_prediction(puzzles.star_without_all)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_where_sys_path_starts():
    check_prediction(puzzles.where_sys_path_starts)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_namespace_package():
    check_prediction(puzzles.namespace_package)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_lazy_import_waits_for_first_use():
    check_prediction(puzzles.lazy_import_waits_for_first_use)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_lazy_import_of_a_missing_module():
    check_prediction(puzzles.lazy_import_of_a_missing_module)


@pytest.mark.checklist("imports_modules.module_caching")
def test_lazy_modules_list():
    check_prediction(puzzles.lazy_modules_list)
