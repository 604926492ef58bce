"""Tests for cache_and_reload.py: sys.modules remembers imports; import_module, find_spec and reload each do one thing."""

import importlib
import sys
import textwrap

import pytest

from cache_and_reload import is_imported, load, refresh, source_of
from dojo.testing import assert_returns, call_kata


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


def write(folder, filename, source):
    """Write folder/filename (parent folders included) and tell the import system to look again."""
    path = folder / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    importlib.invalidate_caches()
    return path


NOISY = """
    from pathlib import Path

    with open(Path(__file__).with_suffix(".runs"), "a") as log:
        log.write("ran\\n")
    KIND = __name__
"""


def times_run(folder, filename):
    """How many times the module written at folder/filename has run (NOISY modules count in a .runs file)."""
    log = (folder / filename).with_suffix(".runs")
    return log.read_text().count("ran") if log.exists() else 0


@pytest.mark.checklist("imports_modules.module_caching")
def test_is_imported_does_not_import(lab):
    write(lab, "lab_side.py", NOISY)
    assert call_kata(is_imported, "lab_side") is False
    assert times_run(lab, "lab_side.py") == 0, "is_imported ran the module: it must only look, never import"
    importlib.import_module("lab_side")
    assert call_kata(is_imported, "lab_side") is True, "after an import, the module is remembered"
    assert call_kata(is_imported, "sys") is True
    assert call_kata(is_imported, "lab_never_written") is False


@pytest.mark.checklist("imports_modules.imports_execute")
def test_load_returns_the_submodule(lab):
    write(lab, "lab_shop/__init__.py", "")
    write(lab, "lab_shop/payments.py", NOISY)
    module = call_kata(load, "lab_shop.payments")
    assert getattr(module, "__name__", None) == "lab_shop.payments", (
        f"load returned {module!r}: for a dotted name it must return the submodule itself. "
        "__import__('a.b') imports a.b but returns the top-level package a"
    )
    assert module.KIND == "lab_shop.payments" and module is sys.modules["lab_shop.payments"]


@pytest.mark.checklist("imports_modules.module_caching")
def test_load_twice_runs_the_module_once(lab):
    write(lab, "lab_once.py", NOISY)
    first, second = call_kata(load, "lab_once"), call_kata(load, "lab_once")
    assert first is second, "the second import hands back the module object from sys.modules"
    assert times_run(lab, "lab_once.py") == 1, f"the module ran {times_run(lab, 'lab_once.py')} times, not once"


@pytest.mark.checklist("imports_modules.imports_execute")
def test_source_of_finds_the_file_without_running_it(lab):
    path = write(lab, "lab_hidden.py", NOISY)
    assert_returns(call_kata(source_of, "lab_hidden"), str(path), "source_of('lab_hidden')")
    assert times_run(lab, "lab_hidden.py") == 0 and "lab_hidden" not in sys.modules, (
        "source_of ran the module: importing runs its code, while finding its spec does not"
    )
    assert call_kata(source_of, "lab_nowhere_to_be_found") is None
    assert call_kata(source_of, "sys") is None, "sys is built into the interpreter: there is no file to load it from"


@pytest.mark.checklist("imports_modules.imports_execute")
def test_source_of_a_submodule_runs_only_its_package(lab):
    write(lab, "lab_store/__init__.py", "")
    path = write(lab, "lab_store/stock.py", NOISY)
    assert_returns(call_kata(source_of, "lab_store.stock"), str(path), "source_of('lab_store.stock')")
    assert times_run(lab, "lab_store/stock.py") == 0, "the submodule itself must not run"


@pytest.mark.checklist("imports_modules.module_caching")
def test_refresh_runs_the_new_source_in_place(lab):
    path = write(lab, "lab_conf.py", 'LEVEL = "info"\n')
    module = importlib.import_module("lab_conf")
    path.write_text('LEVEL = "debug-verbose"\nEXTRA = True\n', encoding="utf-8")
    refreshed = call_kata(refresh, module)
    assert refreshed is module, "refresh works in place: it returns the same module object, re-run"
    assert (module.LEVEL, getattr(module, "EXTRA", None)) == ("debug-verbose", True), (
        "after refresh the module holds what its new source defines; a second import would only hand back "
        "the cached module"
    )


@pytest.mark.checklist("imports_modules.module_caching")
def test_refresh_is_seen_by_every_importer(lab):
    path = write(lab, "lab_flags.py", "ENABLED = False\n")
    write(lab, "lab_user.py", """
        import lab_flags

        def enabled():
            return lab_flags.ENABLED
    """)
    user = importlib.import_module("lab_user")
    path.write_text("ENABLED = 'yes, after the refresh'\n", encoding="utf-8")
    call_kata(refresh, sys.modules["lab_flags"])
    assert user.enabled() == "yes, after the refresh", (
        "lab_user holds the module object it imported: refresh must re-run that object, "
        "not put a new module into sys.modules"
    )
