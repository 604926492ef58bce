"""Tests for package_imports.py: inside a package, import siblings relatively; `python -m` runs a module or a package's __main__."""

import importlib
import os
import subprocess
import sys
import textwrap

import pytest

import package_imports
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


DECOY = '''
def shout(text):
    return "a top-level helpers module, not the package's own"
'''


@pytest.fixture
def app(lab):
    """The kata's package written into the lab folder, beside a decoy top-level helpers.py."""
    for filename, source in package_imports.PACKAGE.items():
        write(lab, filename, source)
    write(lab, "helpers.py", DECOY)
    write(lab, "__init__.py", 'VERSION = "a stray __init__.py, not the package\'s own"\n')
    return lab


def python_m(folder, *arguments):
    """Run `python -m ARGUMENTS...` in folder, as a user would from that folder (-E -S: no environment, no site: faster)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-E", "-S", "-m", *arguments], capture_output=True, text=True, timeout=20, cwd=folder, env=env
    )


@pytest.mark.checklist("imports_modules.imports_execute")
def test_importing_the_cli_runs_only_definitions(app, capsys):
    path_before = list(sys.path)
    cli = call_kata(importlib.import_module, "lab_app.cli")
    assert capsys.readouterr() == ("", ""), "importing lab_app.cli must not run the program"
    assert callable(getattr(cli, "main", None)), "lab_app.cli defines main"
    assert sys.path == path_before, "importing lab_app.cli changed sys.path: a package finds its own modules as it is"
    assert "helpers" not in sys.modules and "__init__" not in sys.modules, (
        "importing lab_app.cli imported a top-level module called helpers or __init__: the package's files "
        "are lab_app.helpers and lab_app itself"
    )


@pytest.mark.checklist("imports_modules.imports_execute")
def test_main_uses_the_packages_own_modules(app, capsys):
    cli = call_kata(importlib.import_module, "lab_app.cli")
    assert_returns(call_kata(cli.main, ["hi", "there"]), 0, "cli.main(['hi', 'there'])")
    assert capsys.readouterr().out == "HI THERE! (v1.2)\n", (
        "main should use lab_app's own helpers and VERSION: `import helpers` finds any top-level module "
        "called helpers on sys.path, here a decoy; name the package, or import relatively (from . import ...)"
    )


@pytest.mark.checklist("imports_modules.imports_execute")
def test_python_m_runs_the_cli_module(app):
    result = python_m(app, "lab_app.cli", "ship", "it")
    assert (result.returncode, result.stdout) == (0, "SHIP IT! (v1.2)\n"), (
        f"`python -m lab_app.cli ship it` exited {result.returncode} with:\n{result.stdout}{result.stderr}"
    )


@pytest.mark.checklist("imports_modules.imports_execute")
def test_python_m_runs_the_package(app):
    result = python_m(app, "lab_app", "go")
    assert (result.returncode, result.stdout) == (0, "GO! (v1.2)\n"), (
        f"`python -m lab_app go` exited {result.returncode} with:\n{result.stdout}{result.stderr}\n"
        "Running a package with -m runs a particular module inside it"
    )

