"""Settings are resolved by one pure function, for the plugin and for the command line alike."""

from __future__ import annotations

import pytest

from dojo.cli.errors import CliError
from dojo.cli.workspace import Workspace
from dojo.settings import SettingsError, resolve_numbers


def test_the_command_line_beats_the_environment_which_beats_the_ini_file():
    ini = {"dojo_hint_runs": "5", "dojo_call_limit": "4"}
    env = {"DOJO_HINT_RUNS": "2"}
    numbers = resolve_numbers({"hint_runs": None, "call_limit": "7"}, env, ini)
    assert numbers["hint_runs"] == 2 and numbers["call_limit"] == 7.0
    assert resolve_numbers({}, {}, ini)["hint_runs"] == 5
    assert resolve_numbers({}, {}, {})["hint_runs"] == 3  # the default


def test_a_bad_value_names_where_it_came_from():
    with pytest.raises(SettingsError, match=r"DOJO_HINT_RUNS='zero' \(environment\) must be a whole number"):
        resolve_numbers({}, {"DOJO_HINT_RUNS": "zero"}, {})


def test_the_command_line_uses_the_hint_runs_pytest_would(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.pytest.ini_options]\ndojo_hint_runs = "1"\n', encoding="utf-8")
    monkeypatch.delenv("DOJO_HINT_RUNS", raising=False)
    assert Workspace(tmp_path).hint_runs == 1
    monkeypatch.setenv("DOJO_HINT_RUNS", "4")
    assert Workspace(tmp_path).hint_runs == 4
    monkeypatch.setenv("DOJO_HINT_RUNS", "-1")
    with pytest.raises(CliError, match="DOJO_HINT_RUNS='-1'"):
        _ = Workspace(tmp_path).hint_runs
