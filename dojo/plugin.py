"""The pytest plugin: pytest hooks only.

Options and the target folder, the ``checklist`` marker, hints on failure, learner escapes
(KeyboardInterrupt) turned into failures, the watchdog around every kata test, results
gathered on the controller (serial or xdist) and the readiness report at the end. The judging
lives in ``readiness``, the views in ``render``, the stored progress in ``progress``.
Switch it off with ``-p no:dojo.plugin``.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import platform
import signal
import sys
import threading
from collections.abc import Callable, Generator
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from types import FrameType
from typing import IO, Any

import pytest

from dojo import bounds, leftovers, render
from dojo import results as records
from dojo import target as targets
from dojo.bounds import HARD_STOP, LIMITS, USER_INTERRUPT, WATCHDOG
from dojo.collection import in_kata_order
from dojo.curriculum import Curriculum, CurriculumError, load_curriculum
from dojo.isolation import cap_captured_output, guard_builtins
from dojo.progress import ProgressStore, module_hash, progress_path
from dojo.readiness import KataResult, Readiness, assess, snapshot
from dojo.settings import Settings, SettingsError, add_options
from dojo.supervisor import Message, Replay, Supervisor
from dojo.testing import KataFailure, start_of_run

RESULT = pytest.StashKey[KataResult]()
PLUGIN_NAME = "dojo-session"
INTERRUPTED_STATUSES = (pytest.ExitCode.INTERRUPTED, pytest.ExitCode.INTERNAL_ERROR)
SECOND_CTRL_C_STATUS = 130


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "checklist(*ids): the readiness checklist items this test proves")
    katas_dir = config.rootpath / "katas"
    if not katas_dir.is_dir() or not runs_katas(config, katas_dir):
        return  # not a kata run (a plugin test's empty folder, the project's own `pytest tests`): inert
    try:
        curriculum = load_curriculum(katas_dir)
        settings = Settings.resolve(config)
    except CurriculumError as error:
        raise pytest.UsageError(f"the curriculum has problems:\n{error}") from None
    except SettingsError as error:
        raise pytest.UsageError(str(error)) from None
    # One broken test module must not stop the others from running.
    config.option.continue_on_collection_errors = True
    # Hypothesis keeps a small cache even without an example database: inside .dojo/, not the repository.
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(config.rootpath / ".dojo" / "hypothesis"))
    config.pluginmanager.register(DojoSession(config, curriculum, settings), PLUGIN_NAME)


def runs_katas(config: pytest.Config, katas_dir: Path) -> bool:
    """Whether this run collects under katas/: an argument inside it, or a folder that holds it."""
    katas = katas_dir.resolve()
    for argument in config.args or ["."]:
        path = (config.invocation_params.dir / argument.split("::", 1)[0]).resolve()
        if path == katas or katas in path.parents or path in katas.parents:
            return True
    return False


def pytest_unconfigure(config: pytest.Config) -> None:
    session = config.pluginmanager.get_plugin(PLUGIN_NAME)
    if session is not None:
        session.close()
        config.pluginmanager.unregister(session)


class DojoSession:
    """Per-run state of the plugin, registered as a plugin object so its methods are hooks."""

    def __init__(self, config: pytest.Config, curriculum: Curriculum, settings: Settings):
        self.config = config
        self.curriculum = curriculum
        self.settings = settings
        self.is_worker = hasattr(config, "workerinput")
        self.results: dict[str, KataResult] = {}
        self.failures: dict[str, records.Failure] = {}  # nodeid -> why it failed (or was skipped), first phase wins
        self.collection_errors: list[records.CollectionError] = []
        self.readiness: Readiness | None = None
        self.notes: list[str] = []  # one line each, printed after the report
        self.session: pytest.Session | None = None
        self.current: pytest.Item | None = None
        self._finished = False
        self._own_process = False  # the session is this process's own (set at its start): see close
        self._hinted: set[str] = set()
        self._katas_root = curriculum.root.resolve()  # resolved once: every collected item is checked against it
        self._saved_env = {key: os.environ.get(key) for key in settings.exported_env()}
        self._saved_limits = (LIMITS.call, LIMITS.import_, LIMITS.grace, LIMITS.test)
        settings.apply()  # limits, and the environment xdist workers and subprocesses inherit
        expected = {kata.module: kata.topic for topic in curriculum.topics for kata in topic.katas}
        try:
            self.finder = targets.activate(settings.target, expected)
        except ValueError as error:
            raise pytest.UsageError(str(error)) from None
        self.progress = ProgressStore(progress_path(config.rootpath), settings.target_name, readonly=self.is_worker)
        self.notes += [f"dojo: ignoring {folder}: not a topic folder (those are named NN_topic)" for folder in curriculum.ignored]
        WATCHDOG.on_expiry = self._on_watchdog
        # The last bound prints the stuck code's stack on the real stderr (a copy made before pytest captures it).
        self._stderr_copy = _stderr_copy()
        HARD_STOP.enable(self._stderr_copy)
        self.supervisor = Supervisor(self._conclude_for_a_dead_run)
        HARD_STOP.on_arm = lambda what: self.supervisor.send("bound", what)
        self._previous_sigint: Any = None
        if threading.current_thread() is threading.main_thread():
            USER_INTERRUPT.clear()
            self._previous_sigint = signal.signal(signal.SIGINT, self._on_sigint)

    def close(self) -> None:
        self.supervisor.done()
        HARD_STOP.disable()
        HARD_STOP.on_arm = None
        if self._stderr_copy is not None:
            self._stderr_copy.close()
        WATCHDOG.on_expiry = None
        # Threads or processes the katas left never keep the process alive; under `dojo verify` (its integrity
        # plugin) the grader bounds the run itself, and grades the katas that left threads running.
        if self.session is not None and not self.config.pluginmanager.has_plugin("dojo.integrity"):
            leftovers.session_ended(self.session.exitstatus, self.config.invocation_params.args, worker=self.is_worker)
        targets.deactivate(self.finder)
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        LIMITS.call, LIMITS.import_, LIMITS.grace, LIMITS.test = self._saved_limits
        if not self._own_process:  # an in-process run leaves the heap as it found it
            gc.unfreeze()  # (the process's own keeps it frozen: pytest's last collections then walk only what tests made)
        if self._previous_sigint is not None:
            signal.signal(signal.SIGINT, self._previous_sigint)

    # ------------------------------------------------------------------ collection and running

    def pytest_report_header(self, config: pytest.Config) -> list[str]:
        with_katas = sum(topic.has_katas for topic in self.curriculum.topics)
        whose = {"katas": " (your code)", "solutions": " (reference solutions)"}.get(self.settings.target_name, "")
        # Notes (a progress file set aside, a folder ignored) are printed once, after the report.
        return [f"dojo: target {self.settings.target_name}{whose}; {with_katas} of {len(self.curriculum.topics)} topics have katas"]

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.session = session
        start_of_run()
        # A serial run (tests run here) that is the process's own (not pytester's in-process runs, nor a script's).
        self._own_process = own = leftovers.own_session(tuple(self.config.invocation_params.args))
        if own and not self.is_worker and not self.config.pluginmanager.hasplugin("dsession"):
            self.supervisor.start(lambda: _capture_disabled(self.config))

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        in_kata_order(items, self.curriculum, self._katas_root)  # `-x` stops on the kata "Next:" names
        for item in items:
            result = self._result_for(item.nodeid, item.path)
            if result is None:
                continue
            checklist = tuple(arg for marker in item.iter_markers("checklist") for arg in marker.args)
            result = KataResult(result.nodeid, result.topic, result.kata, checklist)
            item.stash[RESULT] = result
            item.user_properties.extend(("checklist", item_id) for item_id in checklist)  # --junitxml
        self.supervisor.send("collected", [item.stash[RESULT].to_record() for item in items if RESULT in item.stash])

    @pytest.hookimpl(trylast=True)
    def pytest_collection_finish(self) -> None:
        # What collection built lives to the end of the run: out of the collector's sight, a full
        # collection in a test (17's conftest runs one after each failure) walks only what tests made.
        gc.freeze()

    def _result_for(self, nodeid: str, path: Path | None = None) -> KataResult | None:
        """A not-yet-run result for a kata test, from its path; None for tests outside katas/."""
        path = path or self.config.rootpath / nodeid.split("::", 1)[0]
        try:
            relative = path.resolve().relative_to(self._katas_root)
        except ValueError:
            return None
        if len(relative.parts) != 2 or self.curriculum.topic(relative.parts[0]) is None:
            return None
        stem = path.stem
        return KataResult(nodeid, relative.parts[0], stem[len("test_"):] if stem.startswith("test_") else None, ())

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, object, object]:
        if RESULT not in item.stash:
            return (yield)
        self.current = item
        self.supervisor.send("started", item.nodeid)
        WATCHDOG.arm("test", LIMITS.test, f"{item.nodeid} was still running after {LIMITS.test:g} s")
        patched: list[str] = []
        try:
            # The last bound comes after the watchdog: it acts only when the watchdog could not.
            with HARD_STOP.armed(LIMITS.test + 2 * LIMITS.grace), guard_builtins(patched):
                return (yield)
        finally:
            WATCHDOG.disarm("test")
            bounds.resume()  # a debugger used in this test does not switch the bounds off for the next
            self.current = None
            self.supervisor.send("finished", item.nodeid)
            self._note_patched_builtins(item.nodeid.split("::")[0], patched)

    @pytest.hookimpl(wrapper=True)
    def pytest_make_collect_report(self, collector: pytest.Collector) -> Generator[None, object, object]:
        """Importing a kata's test module imports the kata: what it does to builtins is undone right after."""
        if not isinstance(collector, pytest.Module) or self._result_for(collector.nodeid, collector.path) is None:
            return (yield)
        patched: list[str] = []
        try:
            with guard_builtins(patched):
                return (yield)
        finally:
            self._note_patched_builtins(collector.nodeid, patched)

    def _note_patched_builtins(self, where: str, names: list[str]) -> None:
        if names:
            shown = ", ".join(f"builtins.{name}" for name in names)
            self.notes.append(
                f"dojo: the code run by {where} changed {shown}; dojo undid it after its tests, so other katas never see it"
            )

    @pytest.hookimpl(trylast=True)
    def pytest_exception_interact(self) -> None:
        HARD_STOP.resync()  # pytest's faulthandler plugin cancelled faulthandler's timer at this failure

    def pytest_enter_pdb(self, config: pytest.Config, pdb: object) -> None:
        """breakpoint(), --pdb, --trace: the learner is stepping through the code; no bound ends it (as pytest-timeout)."""
        bounds.stand_down()

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_call(self, item: pytest.Item) -> None:
        result = item.stash.get(RESULT, None)
        if result is None:
            return
        unknown = [i for i in result.checklist if self.curriculum.checklist_item(i) is None]
        if unknown:
            topic = self.curriculum.topic(result.topic)
            known = ", ".join(i.id for i in topic.checklist) if topic else "none"
            pytest.fail(
                f"unknown checklist id {', '.join(map(repr, unknown))} in @pytest.mark.checklist; "
                f"ids known for {result.topic}: {known} (see katas/{result.topic}/topic.toml)",
                pytrace=False,
            )

    @pytest.hookimpl(wrapper=True)
    def pytest_pyfunc_call(self, pyfuncitem: pytest.Function) -> Generator[None, object, object]:
        try:
            return (yield)
        except KeyboardInterrupt as escape:
            if USER_INTERRUPT.is_set() or RESULT not in pyfuncitem.stash:
                raise
            raise KataFailure(
                "the code under test raised KeyboardInterrupt: only a person pressing Ctrl-C should "
                "raise it; kata code must not (and must not swallow it either)"
            ) from escape

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        one_line = self._one_line_failure(item, call)
        if one_line is not None:  # instead of a traceback pytest would format (parsing each frame's source) and drop
            item.repr_failure = functools.partial(_one_line, one_line)  # type: ignore[method-assign]
        try:
            report = yield
        finally:
            if one_line is not None:
                del item.repr_failure
        result = item.stash.get(RESULT, None)
        if result is not None:
            report.dojo = result.to_record()  # type: ignore[attr-defined]  # travels to the xdist controller
            cap_captured_output(report.sections)  # a print flood is a screenful and one line saying how much was cut
            if report.failed or report.skipped:
                error = call.excinfo.value if call.excinfo is not None else None
                message = None if report.failed else _skip_reason(report)
                report.dojo_failure = asdict(records.Failure.of(call.when, error, message))  # type: ignore[attr-defined]
            if report.failed and call.when == "call":
                self._add_hint(report, result)
        return report

    def _one_line_failure(self, item: pytest.Item, call: pytest.CallInfo[None]) -> str | None:
        """A kata test's failure in one line where no traceback would be shown (or one would only hide the task)."""
        if call.when != "call" or call.excinfo is None or RESULT not in item.stash:
            return None
        if (stub := self._stub_failure(call)) is not None:
            return stub
        if self.config.option.tbstyle == "no":  # --tb=no (the contract's runs): pytest shows no traceback
            return records.first_lines(call.excinfo.exconly())
        return None

    def _stub_failure(self, call: pytest.CallInfo[None]) -> str | None:
        """An untouched stub's NotImplementedError as its path, line and task (no traceback); None for any other outcome."""
        if call.excinfo is None or not call.excinfo.errisinstance(NotImplementedError):
            return None
        target = str(self.settings.target)
        stub = next((e for e in reversed(call.excinfo.traceback) if str(e.path).startswith(target)), None)
        if stub is None:
            return None
        where = Path(stub.path)
        shown = where.relative_to(self.config.rootpath) if where.is_relative_to(self.config.rootpath) else where
        return f"{shown}:{stub.lineno + 1}: not written yet: {call.excinfo.value}"

    def _add_hint(self, report: pytest.TestReport, result: KataResult) -> None:
        kata = self.curriculum.kata(result.kata) if result.kata else None
        if kata is None or kata.module in self._hinted:
            return  # a kata's hint is shown once per run, under its first failing test
        self._hinted.add(kata.module)
        tier = self.progress.hint_tier(kata.module, len(kata.hints), self.settings.hint_runs)
        more = " (the next unlocks after more attempts, or now with `dojo hint`)" if tier + 1 < len(kata.hints) else ""
        title = f"hint {tier + 1} of {len(kata.hints)} for {kata.topic}/{kata.module}.py{more}"
        # A section of its own: shown under the failure, never in the one-line short summary.
        report.sections.append((title, kata.hints[tier]))

    # ------------------------------------------------------------------ results and the report

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Gather results on the controller: passed only from a passed call phase; any failure counts."""
        if self.is_worker:
            return
        result = self.results.get(report.nodeid)
        if result is None:
            record = getattr(report, "dojo", None)
            # A report without the record (an xdist worker that crashed) still belongs to its test.
            result = KataResult.from_record(record) if record else self._result_for(report.nodeid)
            if result is None:
                return
        if report.failed:
            result = result.ended("failed")
            if str(report.when) == "???" and isinstance(report.longrepr, str):  # xdist: the worker died
                report.longrepr += (
                    "\ndojo: the process running this test ended before it finished: code that catches the "
                    "exception meant to stop it (see the dojo line above), os._exit(), or a crash"
                )
        elif report.skipped:
            result = result.ended("skipped")
        elif report.when == "call":
            result = result.ended("passed")
        self.results[report.nodeid] = result
        self.supervisor.send("result", result.to_record())
        if (report.failed or report.skipped) and report.nodeid not in self.failures:
            carried = getattr(report, "dojo_failure", None)
            self.failures[report.nodeid] = (
                records.Failure(**{**carried, "exception_mro": tuple(carried["exception_mro"])}) if carried
                else records.Failure.of(str(report.when), None, str(report.longrepr or ""))
            )

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed and not self.is_worker:
            self.collection_errors.append(records.CollectionError(report.nodeid, records.first_lines(str(report.longrepr))))

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self.is_worker or self._finished:
            return
        interrupted = exitstatus in INTERRUPTED_STATUSES or USER_INTERRUPT.is_set()
        if results_path := self.settings.results_path:
            self._write(results_path, lambda: records.write(Path(results_path), self._record(int(exitstatus), interrupted)))
        if not self.results:
            return
        self._finished = True
        if interrupted:
            # Tests cut short have no call report; nothing of this run is saved as progress.
            this_run = [r for r in self.results.values() if r.outcome != "not run"]
            self.notes.append("dojo: the run was interrupted: nothing of it is saved as progress")
        else:
            # A test that started but never reported its call (its worker died) did not pass.
            this_run = [r.ended("failed") if r.outcome == "not run" else r for r in self.results.values()]
        this_run.sort(key=lambda r: r.nodeid)
        save = self.settings.persist and not interrupted
        if not save and self.settings.report == "none" and not self.settings.writes_reports:
            return  # nobody reads a readiness this run: tools that want only the results record
        # Judged before saving: the save adds the readiness to the history, in the same transaction.
        earlier = self.progress.earlier_results(self.config.rootpath, exclude={r.nodeid for r in this_run})
        self.readiness = readiness = assess(
            self.curriculum, this_run + earlier, target=self.settings.target_name, python=platform.python_version()
        )
        if save:
            hashes = {r.kata: module_hash(self.settings.target / r.topic / f"{r.kata}.py") for r in this_run if r.kata}
            self._write("progress", lambda: self.progress.record(this_run, hashes, snapshot(readiness)))
        self._write_reports(readiness)

    def _write_reports(self, readiness: Readiness) -> None:
        if json_path := self.settings.json_path:
            self._write(json_path, lambda: _write_text(Path(json_path), render.to_json(readiness), "w"),
                        f"dojo: the report as JSON is in {json_path}")
        if md_path := self.settings.md_path:
            mode = "a" if md_path == os.environ.get("GITHUB_STEP_SUMMARY") else "w"
            self._write(md_path, lambda: _write_text(Path(md_path), render.markdown(readiness), mode),
                        f"dojo: the report as Markdown is in {md_path}")
        if html_path := self.settings.html_path:
            self._write(html_path, lambda: _write_text(Path(html_path), self._html(readiness), "w"),
                        f"dojo: the report as HTML is in {html_path}")

    def _html(self, readiness: Readiness) -> str:
        """The HTML page, with the history this run just added to and the practice rounds."""
        from dojo.html_report import page_from_store

        made = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        return page_from_store(readiness, self.progress, self.curriculum, date.today(), made)

    def _conclude_for_a_dead_run(self, journal: list[Message]) -> None:
        """In the supervisor's copy: the run died without its report; judge, save and print what it did."""
        replay = Replay.of(journal)
        self.results = replay.results
        this_run = sorted(replay.results.values(), key=lambda r: r.nodeid)
        ran = [r for r in this_run if r.outcome != "not run"]  # the tests after the stuck one did not run
        earlier = self.progress.earlier_results(self.config.rootpath, exclude={r.nodeid for r in this_run})
        readiness = assess(self.curriculum, this_run + earlier, target=self.settings.target_name, python=platform.python_version())
        if self.settings.persist and ran:
            hashes = {r.kata: module_hash(self.settings.target / r.topic / f"{r.kata}.py") for r in ran if r.kata}
            self._write("progress", lambda: self.progress.record(ran, hashes, snapshot(readiness)))
        if results_path := self.settings.results_path:
            self._write(results_path, lambda: records.write(Path(results_path), self._record(1, False)))
        self._write_reports(readiness)
        topics = {r.topic for r in this_run}
        short = self.settings.report == "short" or (self.settings.report is None and len(topics) == 1)
        rendered = render.short_terminal_lines(readiness, topics) if short else render.terminal_lines(readiness)
        lines = ["", replay.message(), "=" * 30 + " readiness report " + "=" * 30, *(text for text, _ in rendered)]
        if self.settings.report == "none":
            lines = lines[:2]
        os.write(1, ("\n".join(lines + self.notes + self.progress.notices) + "\n").encode(errors="replace"))

    def _record(self, exitstatus: int, interrupted: bool) -> records.Results:
        """This run's results record (tests by node id; --dojo-results)."""
        rows = records.rows_from(
            (result.to_record(), self.failures.get(nodeid) if result.outcome in ("failed", "skipped") else None)
            for nodeid, result in sorted(self.results.items())
        )
        return records.Results(
            rows, tuple(self.collection_errors), exitstatus, interrupted, self.settings.target_name, platform.python_version()
        )

    def _write(self, what: str, write: Callable[[], None], done: str = "") -> None:
        try:
            write()
        except Exception as error:  # noqa: BLE001 - never lose the report over a file: say so, and fail the run
            self.notes.append(f"dojo: could not write {what}: {error}")
            if self.session is not None and self.session.exitstatus == pytest.ExitCode.OK:
                self.session.exitstatus = pytest.ExitCode.USAGE_ERROR
        else:
            if done:
                self.notes.append(done)

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_terminal_summary(self, terminalreporter: Any) -> Generator[None, object, object]:
        # Outermost wrapper: the report comes after pytest's short summary, just above the final counts.
        result = yield
        if self.readiness is not None and self.settings.report != "none":
            ran = {r.topic for r in self.results.values()}
            short = self.settings.report == "short" or (self.settings.report is None and len(ran) == 1)
            terminalreporter.section("readiness report", sep="=", bold=True)
            lines = render.short_terminal_lines(self.readiness, ran) if short else render.terminal_lines(self.readiness)
            for text, markup in lines:
                terminalreporter.write_line(text, **markup)
        for note in dict.fromkeys(self.notes + self.progress.notices):  # each once, in order
            terminalreporter.write_line(note, yellow=True)
        return result

    # ------------------------------------------------------------------ runs that will not end

    def _on_sigint(self, signum: int, frame: FrameType | None) -> None:
        if USER_INTERRUPT.is_set():
            # The first Ctrl-C was swallowed by the code under test: end now, saving nothing.
            _to_terminal(self.config, "\ndojo: Ctrl-C again: the code under test swallowed the first one; "
                         "ending the run (nothing of it is saved)\n")
            self.supervisor.send("done", True)  # a person ended it: the supervisor must not conclude it
            os._exit(SECOND_CTRL_C_STATUS)
        USER_INTERRUPT.set()  # a real Ctrl-C: let it abort the run as usual
        signal.default_int_handler(signum, frame)

    def _on_watchdog(self, what: str) -> None:
        """On the watchdog's thread: learner code swallowed every exception meant to stop it, or cannot be interrupted."""
        where = bounds.stuck_at(threading.main_thread().ident, self.settings.target.resolve())
        message = (
            f"dojo: {what}, stuck at {where}: the code under test catches the exception that stops it (look for a "
            "bare `except:` or `except BaseException:` inside a loop) or waits where nothing interrupts it, "
            "so dojo ended the run here"
        )
        if self.is_worker:
            _to_terminal(self.config, f"\n{message}; its worker ends, the other workers go on.\n")
            return  # the watchdog ends this worker; xdist reports its test as failed and goes on
        _suspend_capture(self.config)
        item = self.current
        if item is not None:
            failed = pytest.TestReport(item.nodeid, item.location, {}, "failed", message, "call", [], 0.0)
            failed.dojo = item.stash[RESULT].to_record()  # type: ignore[attr-defined]
            self.config.hook.pytest_runtest_logreport(report=failed)
        self.notes.append(f"{message}; the tests after it did not run.")
        if self.session is not None:
            self.session.exitstatus = pytest.ExitCode.TESTS_FAILED
            self.config.hook.pytest_sessionfinish(session=self.session, exitstatus=pytest.ExitCode.TESTS_FAILED)
            self.supervisor.done()  # the report is out: the supervisor has nothing to add
        else:
            _to_terminal(self.config, f"\n{message}.\n")


def _stderr_copy() -> IO[str] | None:
    """A file on a copy of the process's stderr as it is now (before pytest captures it), for the last bound."""
    try:
        return os.fdopen(os.dup(sys.__stderr__.fileno() if sys.__stderr__ else 2), "w")
    except (OSError, ValueError, AttributeError):
        return None


def _capture_disabled(config: pytest.Config) -> contextlib.AbstractContextManager[object]:
    """The real stdout and stderr in place (the supervisor is forked with them: its report goes to the terminal)."""
    capture = config.pluginmanager.get_plugin("capturemanager")
    return capture.global_and_fixture_disabled() if capture is not None else contextlib.nullcontext()


def _one_line(line: str, excinfo: pytest.ExceptionInfo[BaseException], style: object = None) -> str:
    """An item's repr_failure that says `line`."""
    return line


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    return str(longrepr[2]) if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr or "")


def _suspend_capture(config: pytest.Config) -> None:
    """Give the terminal back: pytest captures output while a test runs."""
    capture = config.pluginmanager.get_plugin("capturemanager")
    if capture is not None:
        try:
            capture.suspend_global_capture(in_=True)
        except Exception:  # noqa: BLE001 - best effort on the way out
            pass


def _to_terminal(config: pytest.Config, text: str) -> None:
    _suspend_capture(config)
    sys.stderr.write(text)
    sys.stderr.flush()


def _write_text(path: Path, text: str, mode: str) -> None:
    with path.open(mode, encoding="utf-8") as handle:
        handle.write(text)
