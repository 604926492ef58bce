"""Tests for plugin_registry.py: plugins register themselves when their module runs, and a module runs once."""

import importlib
import sys
import textwrap

import pytest

import plugin_registry
from dojo.testing import assert_returns, call_kata, kata_raises
from plugin_registry import discover, register


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


@pytest.fixture(autouse=True)
def empty_registry():
    """Each test starts with an empty REGISTRY; whatever was in it comes back afterwards."""
    saved = dict(plugin_registry.REGISTRY)
    plugin_registry.REGISTRY.clear()
    yield
    plugin_registry.REGISTRY.clear()
    plugin_registry.REGISTRY.update(saved)


PLUGIN = """
    import lab_events
    from plugin_registry import register

    lab_events.RUNS.append(__name__)


    @register({name!r})
    def export(rows):
        return {name!r}
"""


def make_plugins(folder, package, names):
    """A package of plugin modules <name>_export.py, each registering `name`; lab_events.RUNS records every run."""
    write(folder, "lab_events.py", "RUNS = []\n")
    write(folder, f"{package.replace('.', '/')}/__init__.py", "")
    for name in names:
        write(folder, f"{package.replace('.', '/')}/{name}_export.py", PLUGIN.format(name=name))


def runs():
    return list(importlib.import_module("lab_events").RUNS)


@pytest.mark.checklist("imports_modules.imports_execute")
def test_register_records_the_function_and_returns_it():
    def export_csv(rows):
        return rows

    decorator = call_kata(register, "csv")
    assert call_kata(decorator, export_csv) is export_csv, "the decorator returns the very function it was given"
    assert plugin_registry.REGISTRY == {"csv": export_csv}


@pytest.mark.checklist("imports_modules.imports_execute")
def test_register_refuses_a_name_that_is_taken():
    def first(rows):
        return 1

    def second(rows):
        return 2

    call_kata(call_kata(register, "pdf"), first)
    kata_raises(ValueError, call_kata(register, "pdf"), second)
    assert plugin_registry.REGISTRY == {"pdf": first}, "the first plugin keeps its name"


@pytest.mark.checklist("imports_modules.imports_execute")
def test_discover_imports_every_plugin_module(lab):
    make_plugins(lab, "lab_plugins", ["json", "csv"])
    assert plugin_registry.REGISTRY == {}, "writing the plugin files runs nothing"
    found = call_kata(discover, "lab_plugins")
    assert_returns(found, ["lab_plugins.csv_export", "lab_plugins.json_export"], "discover('lab_plugins')")
    assert sorted(plugin_registry.REGISTRY) == ["csv", "json"], (
        "each plugin module registers itself when its code runs, and its code runs when it is imported"
    )
    assert sorted(runs()) == ["lab_plugins.csv_export", "lab_plugins.json_export"]


@pytest.mark.checklist("imports_modules.module_caching")
def test_discover_twice_runs_each_plugin_once(lab):
    make_plugins(lab, "lab_plugins", ["csv", "xml"])
    importlib.import_module("lab_plugins.xml_export")  # already imported before discover
    first = call_kata(discover, "lab_plugins")
    second = call_kata(discover, "lab_plugins")
    assert_returns(first, ["lab_plugins.csv_export", "lab_plugins.xml_export"], "the first discover('lab_plugins')")
    assert_returns(second, ["lab_plugins.csv_export", "lab_plugins.xml_export"], "the second discover('lab_plugins')")
    assert sorted(runs()) == ["lab_plugins.csv_export", "lab_plugins.xml_export"], (
        f"plugin modules ran {sorted(runs())}: each should run exactly once. A module already in sys.modules "
        "is imported again by handing back the same module object; reloading it runs its code a second time"
    )
    assert sorted(plugin_registry.REGISTRY) == ["csv", "xml"]


@pytest.mark.checklist("imports_modules.imports_execute")
def test_discover_imports_only_the_modules_of_that_package(lab):
    make_plugins(lab, "lab_plugins", ["csv"])
    write(lab, "lab_plugins/README.txt", "not a module\n")
    write(lab, "lab_stray.py", PLUGIN.format(name="stray"))  # beside the package, not in it
    assert_returns(call_kata(discover, "lab_plugins"), ["lab_plugins.csv_export"], "discover('lab_plugins')")
    assert "lab_stray" not in sys.modules, "a module outside the package must not be imported"
    assert sorted(plugin_registry.REGISTRY) == ["csv"]


@pytest.mark.checklist("imports_modules.imports_execute")
def test_discover_a_nested_package(lab):
    write(lab, "lab_suite/__init__.py", "")
    make_plugins(lab, "lab_suite.exporters", ["html"])
    write(lab, "lab_suite/other.py", PLUGIN.format(name="other"))
    assert call_kata(discover, "lab_suite.exporters") == ["lab_suite.exporters.html_export"], (
        "discover takes a dotted package name: import the package lab_suite.exporters itself, and list the "
        "modules in its folder (its __path__)"
    )
    assert sorted(plugin_registry.REGISTRY) == ["html"]
