"""The pytest plugin: pytest hooks only.

Options and the target folder, the ``checklist`` marker, hints on failure, learner escapes
(KeyboardInterrupt) turned into failures, results gathered on the controller (serial or xdist)
and the readiness report at the end. The judging lives in ``readiness``, the views in ``render``.
"""

from __future__ import annotations

import os
import platform
import signal
import threading
from pathlib import Path

import pytest

from dojo import progress as progress_store
from dojo import render, target as targets
from dojo.curriculum import Curriculum, CurriculumError, load_curriculum
from dojo.readiness import Readiness, KataResult, assess
from dojo.testing import USER_INTERRUPT, KataFailure

ITEM_INFO = pytest.StashKey[dict]()
PLUGIN_NAME = "dojo-session"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("dojo", "Python Internals Katas")
    group.addoption(
        "--solutions",
        action="store_true",
        help="run the kata tests against the reference solutions in solutions/ instead of your code in katas/",
    )
    group.addoption(
        "--target",
        metavar="DIR",
        help="run the kata tests against DIR, laid out like solutions/ (NN_topic/<module>.py). "
        f"The {targets.TARGET_ENV} environment variable does the same. Results are not saved as progress.",
    )
    group.addoption(
        "--reveal",
        action="store_true",
        help="when a prediction is wrong, show what Python really does (spoils the puzzle)",
    )
    group.addoption("--readiness-json", metavar="PATH", help="write the readiness report as JSON to PATH")
    group.addoption(
        "--readiness-md",
        metavar="PATH",
        help="write the readiness report as Markdown to PATH (appended when PATH is $GITHUB_STEP_SUMMARY)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "checklist(*ids): the readiness checklist items this test proves")
    katas_dir = config.rootpath / "katas"
    if not katas_dir.is_dir():
        return  # not a kata repository (e.g. a plugin test's empty folder): nothing to do
    try:
        curriculum = load_curriculum(katas_dir, progress_store.progress_path(config.rootpath).with_name("curriculum.json"))
    except CurriculumError as error:
        raise pytest.UsageError(f"the curriculum has problems:\n{error}") from None
    session = DojoSession(config, curriculum)
    config.pluginmanager.register(session, PLUGIN_NAME)


def pytest_unconfigure(config: pytest.Config) -> None:
    session = config.pluginmanager.get_plugin(PLUGIN_NAME)
    if session is not None:
        session.close()
        config.pluginmanager.unregister(session)


def _resolve_target(config: pytest.Config) -> tuple[Path, str, bool]:
    """(folder, display name, whether results are saved as progress)."""
    root = config.rootpath
    chosen = config.getoption("target")
    if chosen and config.getoption("solutions"):
        raise pytest.UsageError("use either --solutions or --target DIR, not both")
    if config.getoption("solutions"):
        chosen = "solutions"
    explicit = bool(config.getoption("target"))
    if not chosen:
        chosen = os.environ.get(targets.TARGET_ENV) or "katas"
    folder = (root / chosen).resolve()
    if not folder.is_dir():
        raise pytest.UsageError(f"the target folder {chosen} does not exist")
    named = {(root / "katas").resolve(): "katas", (root / "solutions").resolve(): "solutions"}
    name = named.get(folder, str(folder))
    return folder, name, name in named.values() and not explicit


class DojoSession:
    """Per-run state of the plugin, registered as a plugin object so its methods are hooks."""

    def __init__(self, config: pytest.Config, curriculum: Curriculum):
        self.config = config
        self.curriculum = curriculum
        self.is_worker = hasattr(config, "workerinput")
        self.target, self.target_name, self.persist = _resolve_target(config)
        self.results: dict[str, dict] = {}
        self.readiness: Readiness | None = None
        self.write_errors: list[str] = []
        self._saved_env = {key: os.environ.get(key) for key in (targets.TARGET_ENV, "DOJO_REVEAL")}
        # Exported so xdist workers and multiprocessing/subprocess children agree with us.
        os.environ[targets.TARGET_ENV] = str(self.target)
        if config.getoption("reveal"):
            os.environ["DOJO_REVEAL"] = "1"
        else:
            os.environ.pop("DOJO_REVEAL", None)
        try:
            self.finder = targets.activate(self.target)
        except ValueError as error:
            raise pytest.UsageError(str(error)) from None
        self.progress_file = progress_store.progress_path(config.rootpath)
        self.progress = progress_store.load(self.progress_file, self.target_name)
        self._previous_sigint = None
        if threading.current_thread() is threading.main_thread():
            USER_INTERRUPT.clear()
            self._previous_sigint = signal.signal(signal.SIGINT, _on_sigint)

    def close(self) -> None:
        targets.deactivate(self.finder)
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if self._previous_sigint is not None:
            signal.signal(signal.SIGINT, self._previous_sigint)

    # ------------------------------------------------------------------ collection and running

    def pytest_report_header(self, config: pytest.Config) -> str:
        with_katas = sum(topic.has_katas for topic in self.curriculum.topics)
        whose = {"katas": " (your code)", "solutions": " (reference solutions)"}.get(self.target_name, "")
        return f"dojo: target {self.target_name}{whose}; {with_katas} of {len(self.curriculum.topics)} topics have katas"

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            info = self._item_info(item)
            if info is not None:
                item.stash[ITEM_INFO] = info

    def _item_info(self, item: pytest.Item) -> dict | None:
        try:
            relative = item.path.relative_to(self.curriculum.root)
        except ValueError:
            return None  # not a kata test
        if len(relative.parts) != 2:
            return None
        stem = item.path.stem
        checklist = [arg for marker in item.iter_markers("checklist") for arg in marker.args]
        return {
            "topic": relative.parts[0],
            "kata": stem[len("test_"):] if stem.startswith("test_") else None,
            "checklist": checklist,
        }

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_call(self, item: pytest.Item) -> None:
        info = item.stash.get(ITEM_INFO, None)
        if info is None:
            return
        unknown = [i for i in info["checklist"] if self.curriculum.checklist_item(i) is None]
        if unknown:
            topic = self.curriculum.topic(info["topic"])
            known = ", ".join(i.id for i in topic.checklist) if topic else "none"
            pytest.fail(
                f"unknown checklist id {', '.join(map(repr, unknown))} in @pytest.mark.checklist; "
                f"ids known for {info['topic']}: {known} (see katas/{info['topic']}/topic.toml)",
                pytrace=False,
            )

    @pytest.hookimpl(wrapper=True)
    def pytest_pyfunc_call(self, pyfuncitem: pytest.Function):
        try:
            return (yield)
        except KeyboardInterrupt as escape:
            if USER_INTERRUPT.is_set() or ITEM_INFO not in pyfuncitem.stash:
                raise
            raise KataFailure(
                "the code under test raised KeyboardInterrupt: only a person pressing Ctrl-C should "
                "raise it; kata code must not (and must not swallow it either)"
            ) from escape

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        report = yield
        info = item.stash.get(ITEM_INFO, None)
        if info is not None:
            report.dojo = info  # travels to the xdist controller with the report
            if report.failed and call.when == "call":
                self._add_hint(report, info)
        return report

    def _add_hint(self, report: pytest.TestReport, info: dict) -> None:
        kata = self.curriculum.kata(info["kata"]) if info["kata"] else None
        if kata is None:
            return
        tier = self.progress.hint_tier(kata.module, len(kata.hints))
        more = " (more unlock if it keeps failing)" if tier + 1 < len(kata.hints) else ""
        title = f"hint {tier + 1} of {len(kata.hints)} for {kata.topic}/{kata.module}.py{more}"
        if hasattr(report.longrepr, "addsection"):
            report.longrepr.addsection(title, kata.hints[tier])
        elif isinstance(report.longrepr, str):  # pytest.fail(..., pytrace=False): the message alone
            report.longrepr += f"\n{'-' * 4} {title} {'-' * 4}\n{kata.hints[tier]}"

    # ------------------------------------------------------------------ results and the report

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        info = getattr(report, "dojo", None)
        if info is None or self.is_worker:
            return
        entry = self.results.setdefault(report.nodeid, {**info, "outcome": "passed"})
        if report.failed:
            entry["outcome"] = "failed"
        elif report.skipped and entry["outcome"] == "passed":
            entry["outcome"] = "skipped"

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.is_worker or not self.results:
            return
        this_run = [
            KataResult(nodeid, r["topic"], r["kata"], tuple(r["checklist"]), r["outcome"])
            for nodeid, r in sorted(self.results.items())
        ]
        earlier = self.progress.earlier_results(self.config.rootpath, exclude=set(self.results))
        self.readiness = assess(
            self.curriculum, this_run + earlier, target=self.target_name, python=platform.python_version()
        )
        if self.persist:
            self.progress.record(this_run)
            self._write("progress", lambda: progress_store.save(self.progress_file, self.target_name, self.progress))
        if path := self.config.getoption("readiness_json"):
            self._write(path, lambda: _write_text(Path(path), render.to_json(self.readiness), "w"))
        if path := self.config.getoption("readiness_md"):
            mode = "a" if path == os.environ.get("GITHUB_STEP_SUMMARY") else "w"
            self._write(path, lambda: _write_text(Path(path), render.markdown(self.readiness), mode))

    def _write(self, what: str, write) -> None:
        try:
            write()
        except OSError as error:  # never lose the report over a file: say so at the end instead
            self.write_errors.append(f"dojo could not write {what}: {error}")

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_terminal_summary(self, terminalreporter):
        # Outermost wrapper: the report comes after pytest's short summary, just above the final counts.
        result = yield
        if self.readiness is None:
            return result
        terminalreporter.section("readiness report", sep="=", bold=True)
        for text, markup in render.terminal_lines(self.readiness):
            terminalreporter.write_line(text, **markup)
        for problem in self.write_errors:
            terminalreporter.write_line(problem, red=True)
        return result


def _write_text(path: Path, text: str, mode: str) -> None:
    with path.open(mode, encoding="utf-8") as handle:
        handle.write(text)


def _on_sigint(signum, frame):
    USER_INTERRUPT.set()  # a real Ctrl-C: let it abort the run as usual
    signal.default_int_handler(signum, frame)
