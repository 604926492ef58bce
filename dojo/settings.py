"""The plugin's options, one ``dojo`` group, and how their values are layered.

Like pytest-timeout: an ini value (``[tool.pytest.ini_options]``) is overridden by an
environment variable, which is overridden by the command line. Every value is checked, and a
bad one is one line naming where it came from.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line reads settings without paying for importing pytest
    import pytest

from dojo.bounds import LIMITS
from dojo.target import TARGET_ENV

REVEAL_ENV = "DOJO_REVEAL"


class SettingsError(Exception):
    """A value of an option, an ini key or an environment variable is not usable."""


@dataclass(frozen=True)
class _Number:
    """A layered numeric setting: --dojo-<name>, DOJO_<NAME>, ini dojo_<name>."""

    name: str
    default: float
    help: str
    integer: bool = False

    @property
    def option(self) -> str:
        return f"--dojo-{self.name.replace('_', '-')}"

    @property
    def env(self) -> str:
        return f"DOJO_{self.name.upper()}"

    @property
    def ini(self) -> str:
        return f"dojo_{self.name}"

    def resolve(self, cli: Mapping[str, object], env: Mapping[str, str], ini: Mapping[str, object]) -> float:
        """The value from the command line, else the environment, else the ini file, else the default."""
        raw: object = cli.get(self.name)
        source = f"{self.option}={raw}"
        if raw is None and (from_env := env.get(self.env)) is not None:
            raw, source = from_env, f"{self.env}={from_env!r} (environment)"
        if raw is None and (from_ini := ini.get(self.ini)):
            raw, source = from_ini, f"{self.ini} = {from_ini!r} (ini file)"
        if raw is None:
            return self.default
        try:
            value = int(str(raw)) if self.integer else float(str(raw))
        except ValueError:
            value = -1
        if value <= 0:
            kind = "a whole number above 0" if self.integer else "a number of seconds above 0"
            raise SettingsError(f"dojo: {source} must be {kind}")
        return value


NUMBERS = (
    _Number("call_limit", LIMITS.call, "seconds a call of kata code (call_kata, a puzzle) may take"),
    _Number("import_limit", LIMITS.import_, "seconds importing one kata module may take"),
    _Number("grace", LIMITS.grace, "seconds code may go on after its limit ran out before the watchdog ends the run"),
    _Number("test_limit", LIMITS.test, "seconds one kata test may take, whatever it calls, before the watchdog ends it"),
    _Number("hint_runs", 3, "failing runs of a kata that unlock its next hint", integer=True),
)


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("dojo", "Python Internals Katas (switch the plugin off with -p no:dojo.plugin)")
    group.addoption(
        "--dojo-solutions",
        action="store_true",
        help="run the kata tests against the reference solutions in solutions/ instead of your code in katas/",
    )
    group.addoption(
        "--dojo-target",
        metavar="DIR",
        help=f"run the kata tests against DIR, laid out like solutions/ (NN_topic/<module>.py); "
        f"the {TARGET_ENV} environment variable does the same. Such runs are not saved as progress",
    )
    group.addoption(
        "--dojo-reveal",
        action="store_true",
        help="when a prediction is wrong, show what Python really does (spoils the puzzle)",
    )
    group.addoption(
        "--dojo-report",
        choices=("short", "full", "none"),
        default=None,
        help="the readiness report in the terminal: short (the topics run, the verdict, what next; "
        "the default for a run of one topic), full (the default otherwise) or none",
    )
    group.addoption("--dojo-json", metavar="PATH", help="write the readiness report as JSON to PATH")
    group.addoption(
        "--dojo-results",
        metavar="PATH",
        help="write one row per kata test (outcome, phase, exception, first lines of the message) as JSON to PATH: "
        "the record dojo's own tools read",
    )
    group.addoption(
        "--dojo-html",
        metavar="PATH",
        help="write the readiness report as one self-contained HTML page to PATH (charts of your progress over "
        "time, practice rounds; works offline, light and dark, printable)",
    )
    group.addoption(
        "--dojo-md",
        metavar="PATH",
        help="write the readiness report as Markdown to PATH (appended when PATH is $GITHUB_STEP_SUMMARY)",
    )
    for number in NUMBERS:
        metavar = "N" if number.integer else "SECONDS"
        group.addoption(
            number.option, metavar=metavar, default=None,
            help=f"{number.help} (default {number.default:g}; env {number.env}; ini {number.ini})",
        )
        parser.addini(number.ini, f"{number.help} (default {number.default:g})", default=None)


@dataclass(frozen=True)
class Settings:
    target: Path
    target_name: str  # "katas", "solutions" or the folder
    persist: bool  # whether this run's results are saved as progress
    reveal: bool
    report: str | None  # "short", "full", "none", or None: short for a run of one topic
    json_path: str | None
    md_path: str | None
    html_path: str | None
    results_path: str | None
    call_limit: float
    import_limit: float
    grace: float
    test_limit: float
    hint_runs: int

    @classmethod
    def resolve(cls, config: pytest.Config) -> Settings:
        target, name, persist = _resolve_target(config)
        cli = {number.name: config.getoption(f"dojo_{number.name}") for number in NUMBERS}
        ini = {number.ini: config.getini(number.ini) for number in NUMBERS}
        numbers = resolve_numbers(cli, os.environ, ini)
        json_path, md_path = config.getoption("dojo_json"), config.getoption("dojo_md")
        results_path, html_path = config.getoption("dojo_results"), config.getoption("dojo_html")
        chosen = (("--dojo-json", json_path), ("--dojo-md", md_path), ("--dojo-html", html_path), ("--dojo-results", results_path))
        for option, path in chosen:
            if path:
                _check_writable(option, Path(path))
        return cls(
            target=target,
            target_name=name,
            persist=persist,
            reveal=bool(config.getoption("dojo_reveal")),
            report=config.getoption("dojo_report"),
            json_path=json_path,
            md_path=md_path,
            html_path=html_path,
            results_path=results_path,
            call_limit=numbers["call_limit"],
            import_limit=numbers["import_limit"],
            grace=numbers["grace"],
            test_limit=numbers["test_limit"],
            hint_runs=int(numbers["hint_runs"]),
        )

    @property
    def writes_reports(self) -> bool:
        """Whether a readiness report goes to a file (--dojo-json, --dojo-md, --dojo-html)."""
        return bool(self.json_path or self.md_path or self.html_path)

    @staticmethod
    def exported_env() -> tuple[str, ...]:
        """The environment variables apply() sets, for the plugin to restore afterwards."""
        return (TARGET_ENV, REVEAL_ENV)

    def apply(self) -> None:
        """Set the limits here; export the target and --dojo-reveal, so multiprocessing children agree with us.

        (xdist workers parse the same command line and ini file, so they resolve the same limits.)
        """
        LIMITS.call, LIMITS.import_, LIMITS.grace, LIMITS.test = (
            self.call_limit, self.import_limit, self.grace, self.test_limit,
        )
        os.environ[TARGET_ENV] = str(self.target)
        if self.reveal:
            os.environ[REVEAL_ENV] = "1"
        else:
            os.environ.pop(REVEAL_ENV, None)


def resolve_numbers(cli: Mapping[str, object], env: Mapping[str, str], ini: Mapping[str, object]) -> dict[str, float]:
    """Every numeric setting, layered ini < environment < command line: one function for pytest and the CLI."""
    return {number.name: number.resolve(cli, env, ini) for number in NUMBERS}


def ini_values(root: Path) -> dict[str, object]:
    """The ``[tool.pytest.ini_options]`` of a repository's pyproject.toml, as pytest reads them (for the CLI)."""
    try:
        with open(root / "pyproject.toml", "rb") as handle:
            options = tomllib.load(handle).get("tool", {}).get("pytest", {}).get("ini_options", {})
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return dict(options) if isinstance(options, dict) else {}


def cli_numbers(root: Path) -> dict[str, float]:
    """The settings a pytest run in `root` with no dojo options would use (dojo list, hint, watch)."""
    return resolve_numbers({}, os.environ, ini_values(root))


def _resolve_target(config: pytest.Config) -> tuple[Path, str, bool]:
    """(folder, display name, whether results are saved as progress)."""
    root = config.rootpath
    explicit = config.getoption("dojo_target")
    if explicit and config.getoption("dojo_solutions"):
        raise SettingsError("dojo: use either --dojo-solutions or --dojo-target DIR, not both")
    chosen = "solutions" if config.getoption("dojo_solutions") else explicit or os.environ.get(TARGET_ENV) or "katas"
    folder = (root / chosen).resolve()
    if not folder.is_dir():
        raise SettingsError(f"dojo: the target folder {chosen} does not exist")
    named = {(root / "katas").resolve(): "katas", (root / "solutions").resolve(): "solutions"}
    name = named.get(folder, str(folder))
    return folder, name, name in named.values() and not explicit


def _check_writable(option: str, path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise SettingsError(f"dojo: {option}={path}: that is a folder; give a file name")
    if not folder.is_dir():
        raise SettingsError(f"dojo: {option}={path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise SettingsError(f"dojo: {option}={path}: the folder {folder} is not writable")
