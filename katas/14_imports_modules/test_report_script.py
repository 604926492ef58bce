"""Tests for report_script.py: importing a module runs its top-level code; the __main__ guard keeps a script's work out of imports."""

import importlib
import importlib.util
import os
import runpy
import subprocess
import sys

import pytest

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


def kata_file():
    """Where report_script.py is, found without importing it."""
    return importlib.util.find_spec("report_script").origin


def import_fresh(monkeypatch, *argv):
    """Import report_script as other code would, with these command-line arguments in sys.argv."""
    monkeypatch.setattr(sys, "argv", ["some_program.py", *argv])
    sys.modules.pop("report_script", None)  # the lab fixture puts it back afterwards
    return call_kata(importlib.import_module, "report_script")


def run_as_main(monkeypatch, *argv):
    """Run report_script as `python -m report_script ARGV...` does, in this process; return its exit status."""
    monkeypatch.setattr(sys, "argv", ["report_script.py", *argv])
    try:
        call_kata(runpy.run_module, "report_script", run_name="__main__", alter_sys=True)
    except AssertionError as failure:
        if isinstance(failure.__cause__, SystemExit):
            return failure.__cause__.code
        raise
    pytest.fail("run as a program, report_script must exit with main()'s status (sys.exit), but it simply ended")


@pytest.mark.checklist("imports_modules.imports_execute")
def test_importing_runs_nothing(lab, monkeypatch, capsys):
    module = import_fresh(monkeypatch, "5", "6")
    out, err = capsys.readouterr()
    assert (out, err) == ("", ""), (
        f"importing report_script printed {out + err!r}: an import runs the module's top-level code, so the call "
        "of main() must happen only when the module runs as a program"
    )
    assert_returns(call_kata(module.totals, [2, 3]), (2, 5), "module.totals([2, 3]) (importers still get totals())")


@pytest.mark.checklist("imports_modules.imports_execute")
def test_importing_without_arguments_runs_nothing(lab, monkeypatch, capsys):
    import_fresh(monkeypatch)
    out, err = capsys.readouterr()
    assert (out, err) == ("", ""), f"importing report_script printed {out + err!r}; an import must not run main()"


@pytest.mark.checklist("imports_modules.imports_execute")
def test_running_as_a_program_prints_and_exits_0(lab, monkeypatch, capsys):
    status = run_as_main(monkeypatch, "3", "4")
    assert capsys.readouterr().out == "2 items, total 7\n"
    assert status in (0, None), f"the program exited with status {status!r}: main() returned 0"


@pytest.mark.checklist("imports_modules.imports_execute")
def test_running_without_amounts_exits_2(lab, monkeypatch, capsys):
    status = run_as_main(monkeypatch)
    assert status == 2, f"the program exited with status {status!r}: main() returned 2 to say 'usage error'"
    assert "usage" in capsys.readouterr().err


@pytest.mark.checklist("imports_modules.imports_execute")
def test_python_runs_the_file(tmp_path):
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-E", "-S", kata_file()]
    ok = subprocess.run([*command, "10", "5"], capture_output=True, text=True, timeout=20, cwd=tmp_path, env=env)
    assert (ok.returncode, ok.stdout) == (0, "2 items, total 15\n"), f"python report_script.py 10 5 gave {ok}"
    bad = subprocess.run(command, capture_output=True, text=True, timeout=20, cwd=tmp_path, env=env)
    assert bad.returncode == 2, (
        f"`python report_script.py` with no amounts ended with status {bad.returncode}: the guarded code must "
        "pass main()'s return value to sys.exit"
    )
