"""Time bounds for learner code, and the watchdog behind them.

Layers, because learner code can swallow exceptions:

- :func:`run_bounded` raises :class:`Deadline` inside the code when its bound runs out
  (SIGALRM on the main thread, a joined thread elsewhere). That ends any code that lets a
  ``BaseException`` through.
- Code that swallows it (a bare ``except:`` in a loop) is stopped line by line: the alarm
  fires again and a trace function raises Deadline at the first line no handler covers, so a
  kata that loops at import or in a call costs its own tests only.
- Code stuck where no line runs (a blocking call that ignores signals) outlives both: when a
  bound has fired, the :data:`WATCHDOG` is armed for a grace period; the plugin also arms it
  around every kata test. When it expires, the watchdog's handler reports what happened and
  the process ends: a stuck test costs that test (or, in a serial run, the rest of the run),
  never a hang.
"""

from __future__ import annotations

import contextlib
import dis
import faulthandler
import inspect
import os
import signal
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import CodeType, FrameType
from typing import IO, Any, TypeVar

__tracebackhide__ = True

T = TypeVar("T")

USER_INTERRUPT = threading.Event()

WATCHDOG_EXIT_STATUS = 1  # the run ends as one with failed tests


@dataclass
class Limits:
    """Seconds; the plugin sets them from the ini file, the environment and the command line."""

    call: float = 2.0  # a call_kata or puzzle run without its own time_limit
    import_: float = 5.0  # importing one kata module
    grace: float = 3.0  # how long code may go on after its bound fired before the watchdog ends it
    test: float = 30.0  # one kata test, setup to teardown, whatever it calls


LIMITS = Limits()


SWALLOWED_ADVICE = (
    "the code catches the exception that stops it (look for a bare `except:` or `except BaseException:` "
    "inside a loop), so dojo stopped it line by line"
)


class Deadline(BaseException):
    """Raised inside learner code when its bound runs out; a BaseException so `except Exception` can't swallow it.

    swallowed: the code caught the first one and went on, so it was stopped line by line.
    """

    swallowed = False

    def advice(self) -> str:
        """What to tell the learner beyond the time: '' unless the code swallowed the bound."""
        return f"; {SWALLOWED_ADVICE}" if self.swallowed else ""


class Watchdog:
    """Ends the process if learner code outlives an armed deadline; one daemon thread, started on first use.

    Deadlines are kept by key ("test" for the plugin's per-test bound, one per fired bound),
    so disarming one never disarms another; the earliest one decides.
    """

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._deadlines: dict[object, tuple[float, str]] = {}
        self._thread: threading.Thread | None = None
        self.on_expiry: Callable[[str], None] | None = None  # set by the plugin: report, then we exit

    def arm(self, key: object, seconds: float, what: str) -> None:
        """Expire `seconds` from now unless `key` is disarmed first."""
        with self._condition:
            self._deadlines[key] = (time.monotonic() + seconds, what)
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="dojo-watchdog", daemon=True)
                self._thread.start()
            self._condition.notify()

    def disarm(self, key: object) -> None:
        with self._condition:
            self._deadlines.pop(key, None)
            self._condition.notify()

    def _watch(self) -> None:
        with self._condition:
            while True:
                if not self._deadlines:
                    self._condition.wait()
                    continue
                deadline, what = min(self._deadlines.values())
                remaining = deadline - time.monotonic()
                if remaining > 0:
                    self._condition.wait(remaining)
                elif DEBUGGER.is_set() or thread_debugged(threading.main_thread().ident):
                    stand_down()  # someone is stepping through the code: its time is theirs
                    self._deadlines.clear()
                else:
                    break
        try:
            if self.on_expiry is not None:
                self.on_expiry(what)
            else:
                sys.stderr.write(f"\ndojo: {what} (at {stuck_at(threading.main_thread().ident)}); ending the process.\n")
        finally:
            sys.stderr.flush()
            sys.stdout.flush()
            os._exit(WATCHDOG_EXIT_STATUS)


WATCHDOG = Watchdog()

# ---------------------------------------------------------------------- a debugger attached: the bounds stand down

# As pytest-timeout: bdb covers pdb, ipdb and breakpoint(); pydevd covers PyCharm and VS Code.
KNOWN_DEBUGGING_MODULES = {"pydevd", "bdb", "pydevd_frame_evaluator"}

DEBUGGER = threading.Event()  # set when a debugger is seen (pytest_enter_pdb, a trace function); cleared after each test


def _from_debugger(trace: object) -> bool:
    if trace is None:
        return False
    module = inspect.getmodule(trace) or inspect.getmodule(type(trace))
    parts = module.__name__.split(".") if module is not None else []
    return any(part.startswith(name) for part in parts for name in KNOWN_DEBUGGING_MODULES)


def is_debugging(trace: object = None) -> bool:
    """True while a debugger drives this thread (or was seen during this test): no bound may end the code then."""
    return DEBUGGER.is_set() or _from_debugger(sys.gettrace() if trace is None else trace)


def thread_debugged(ident: int | None) -> bool:
    """Whether a debugger traces any frame of that thread (asked from another thread, e.g. the watchdog's)."""
    frame = sys._current_frames().get(ident) if ident is not None else None
    while frame is not None:
        if _from_debugger(frame.f_trace):
            return True
        frame = frame.f_back
    return False


def stand_down() -> None:
    """A debugger is attached: no bound ends the code until :func:`resume` (the plugin calls it after each test)."""
    DEBUGGER.set()
    HARD_STOP.refresh()


def resume() -> None:
    DEBUGGER.clear()
    HARD_STOP.refresh()


def stuck_at(ident: int | None, inside: Path | None = None) -> str:
    """Where a thread is now: the innermost frame in `inside` (the learner's folder), else outside dojo; 'file:line in name'."""
    frame = sys._current_frames().get(ident) if ident is not None else None
    fallback = None
    own = Path(__file__).resolve().parent
    while frame is not None:
        file = Path(frame.f_code.co_filename)
        if inside is not None and file.is_relative_to(inside):
            return _frame_text(frame)
        if fallback is None and not file.is_relative_to(own) and file.suffix == ".py":
            fallback = frame
        frame = frame.f_back
    return _frame_text(fallback) if fallback is not None else "an unknown line"


def _frame_text(frame: FrameType) -> str:
    file = Path(frame.f_code.co_filename)
    with contextlib.suppress(ValueError):
        file = file.relative_to(Path.cwd())
    return f"{file.as_posix()}:{frame.f_lineno} in {frame.f_code.co_name}"


def _alarm_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


SWALLOW_CHECK = 0.05  # seconds after a Deadline before checking the code let it through


class _LineByLine:
    """A trace function that stops swallowing code where nothing in it can catch the stop.

    A bare ``except:`` in a loop catches every Deadline raised inside its ``try``. But the loop
    also runs lines no handler covers (its ``while`` line, its ``try`` line): the first time
    every frame between here and the bound is at such a line, a Deadline raised there unwinds
    them all. CPython drops a trace function that raises, so each alarm after the first puts it
    back; after :data:`ANY_LINE_AFTER` alarms it raises at any line (handlers everywhere).
    Frames of this module (the bound's own clean-up) are left alone.
    """

    def __init__(self) -> None:
        self.raised = 0
        self.alarms = 0

    def __call__(self, frame: FrameType, event: str, arg: Any) -> _LineByLine | None:
        if frame.f_code.co_filename == __file__:
            return None
        if event == "line" and (self.alarms > ANY_LINE_AFTER or self._uncaught_from(frame)):
            self.raised += 1
            stop = Deadline()
            stop.swallowed = True
            raise stop
        return self

    def _uncaught_from(self, frame: FrameType | None) -> bool:
        """True when no frame from `frame` up to the bound is inside a try, with or handler (exception table)."""
        while frame is not None and frame.f_code is not _BOUND_CODE:
            if _covered(frame.f_code, frame.f_lasti):
                return False
            frame = frame.f_back
        return True

    def install(self, frame: FrameType | None) -> None:
        """Trace this thread from now on, and every frame from `frame` up to (not including) the bound's.

        Only frames under the bound: an alarm that lands outside it (the bound is ending) traces nothing,
        so no frame of the caller (pytest's) is ever left with this trace function.
        """
        frames = []
        while frame is not None and frame.f_code is not _BOUND_CODE:
            frames.append(frame)
            frame = frame.f_back
        if frame is None:
            return
        self.alarms += 1
        sys.settrace(self)
        for inner in frames:
            inner.f_trace = self
            inner.f_trace_lines = True


ANY_LINE_AFTER = 20  # alarms (SWALLOW_CHECK apart) before raising at any line, even one a handler covers


def _covered(code: CodeType, offset: int) -> bool:
    """Whether the instruction at `offset` is protected by an exception handler (CPython 3.11+ exception table)."""
    ranges = _HANDLED.get(code)
    if ranges is None:
        parse = getattr(dis, "_parse_exception_table", None)
        try:
            ranges = [(entry.start, entry.end) for entry in parse(code)] if parse else []
        except Exception:  # noqa: BLE001 - an interpreter whose table we cannot read: every line may raise
            ranges = []
        _HANDLED[code] = ranges
    return any(start <= offset < end for start, end in ranges)


_HANDLED: weakref.WeakKeyDictionary[CodeType, list[tuple[int, int]]] = weakref.WeakKeyDictionary()


def _run_with_alarm(fn: Callable[[], T], seconds: float, what: str) -> T:
    """Run fn on this (main) thread with SIGALRM as the bound, restoring any outer timer (pytest-timeout's).

    When the code swallows the Deadline, the alarm fires again shortly after and stops it line
    by line (:class:`_LineByLine`); only code stuck where no line runs (a C loop, a blocking
    call that ignores signals) is left to the watchdog.
    """
    fired = False
    active = True  # False from the moment the bound ends: a late alarm must do nothing
    key = object()  # this call's own watchdog slot
    previous_trace = sys.gettrace()
    line_by_line = _LineByLine()

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        if not active:
            return
        if is_debugging():
            stand_down()  # a breakpoint() in the kata: the learner is stepping through it, not stuck
            return
        if not fired:
            fired = True
            # If the code swallows this Deadline, the watchdog ends it after the grace period.
            WATCHDOG.arm(key, LIMITS.grace, f"{what} kept running {LIMITS.grace:g} s after its {seconds:g} s limit")
            signal.setitimer(signal.ITIMER_REAL, SWALLOW_CHECK, SWALLOW_CHECK)
            raise Deadline
        # Still running after a Deadline: it was swallowed.
        line_by_line.install(frame)
        stop = Deadline()
        stop.swallowed = True
        raise stop

    outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    outer_handler = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_delay) if outer_delay else seconds)
    try:
        return fn()
    except Deadline as stopped:
        if line_by_line.raised and not stopped.swallowed:
            stopped.swallowed = True  # the first one escaped only because the lines after it were stopped
        raise
    finally:
        active = False
        signal.setitimer(signal.ITIMER_REAL, 0)  # first the timer, then the trace: no alarm re-installs it
        sys.settrace(previous_trace)
        signal.signal(signal.SIGALRM, outer_handler)
        if fired:
            WATCHDOG.disarm(key)
        remaining = outer_delay - (time.monotonic() - started)
        # Re-arm the outer timer with what is left of it, unless this bound already failed the test.
        if outer_delay and not fired and remaining > 0:
            signal.setitimer(signal.ITIMER_REAL, remaining, outer_interval)


# The frame of _run_with_alarm is where the line-by-line stop ends (found by its code: holding the
# frame itself would make a reference cycle that keeps the learner's objects alive).
_BOUND_CODE = _run_with_alarm.__code__


def _run_in_thread(fn: Callable[[], T], seconds: float, what: str) -> T:
    """Off the main thread: a daemon thread joined with a timeout (a hung one is abandoned)."""
    result: dict[str, object] = {}

    def target() -> None:
        try:
            result["value"] = fn()
        except BaseException as error:  # noqa: BLE001 - handed back to the caller's thread below
            result["error"] = error

    worker = threading.Thread(target=target, name="dojo-kata", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise Deadline
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result.get("value")  # type: ignore[return-value]


class HardStop:
    """The last bound, one that needs no GIL: faulthandler's own thread ends the process.

    Code that holds the GIL and never checks for signals (``sum(itertools.repeat(1))``, a loop
    in a C extension) stops the alarm, the line-by-line tracer and the watchdog alike, since
    they all need the GIL. ``faulthandler.dump_traceback_later(..., exit=True)`` does not: it
    prints every thread's stack (the learner's file and line where the code was stuck) and
    ends the process. Armed by the plugin around each kata test and by :func:`run_bounded`
    around each call and import, later than the other bounds, so it acts only when they
    could not; nested arms are kept together (faulthandler has one timer).

    Setting faulthandler's timer ends its thread and starts another (about 50 us), which was a
    fifth of a run whose properties call kata code thousands of times. So the timer is set
    lazily: it may fire up to SLACK seconds after the earliest deadline (never before it), and
    one left too early when a call returns is set again later by a keeper thread, well before
    it fires. Only a process that holds the GIL all that time meets such a timer: one stuck
    anyway, ended a little sooner than its outer bound would have.
    """

    SLACK = 1.0  # the timer fires at most this long after the earliest deadline
    KEEPER_LEAD = 1.0  # a timer set too early is set again this long before it would fire

    def __init__(self) -> None:
        self.enabled = False
        self.output: IO[str] | None = None  # a copy of the real stderr, made before pytest captures it
        self.on_arm: Callable[[str], None] | None = None  # told what each arm bounds (the plugin's supervisor)
        self._deadlines: list[float] = []
        self._timer_at: float | None = None  # when faulthandler's timer fires; None: not set
        self._changed = threading.Condition()  # guards the above; wakes the keeper
        self._keeper_pid: int | None = None  # the process whose keeper thread runs (a fork has none)

    def enable(self, output: IO[str] | None) -> None:
        self.enabled, self.output = True, output

    def disable(self) -> None:
        with self._changed:
            self.enabled = False
            self._deadlines.clear()
            self._set(None)

    @contextlib.contextmanager
    def armed(self, seconds: float, what: str = "") -> Iterator[None]:
        """Within the block, the process ends if it is still inside after `seconds` (and at most SLACK more)."""
        if not self.enabled:
            yield
            return
        if what and self.on_arm is not None:
            self.on_arm(what)
        deadline = time.monotonic() + seconds
        with self._changed:
            self._deadlines.append(deadline)
            self._apply()
        try:
            yield
        finally:
            with self._changed:
                self._deadlines.remove(deadline)
                self._apply(leaving=True)

    def refresh(self) -> None:
        """Set faulthandler's timer for the earliest deadline again (none while a debugger is attached)."""
        with self._changed:
            self._apply()

    def resync(self) -> None:
        """Set faulthandler's timer again after others cancelled it (pytest's faulthandler plugin, at each failure)."""
        with self._changed:
            self._timer_at = None
            self._apply()

    def _apply(self, leaving: bool = False) -> None:
        if not self.enabled or not self._deadlines or DEBUGGER.is_set():
            self._set(None)
            return
        earliest = min(self._deadlines)
        timer = self._timer_at if self._keeper_pid == os.getpid() else None  # a fork inherits no timer thread
        if timer is not None and earliest <= timer <= earliest + self.SLACK:
            return  # already set near enough
        if leaving and timer is not None and timer - time.monotonic() > 2 * self.KEEPER_LEAD:
            return  # too early now that a bound was left: the keeper sets it again before it fires
        self._set(earliest + self.SLACK)

    def _set(self, when: float | None) -> None:
        """Set (or cancel) faulthandler's timer; called holding self._changed."""
        if when is None:
            if self._timer_at is not None and self._keeper_pid == os.getpid():
                faulthandler.cancel_dump_traceback_later()
            self._timer_at = None
            return
        self._timer_at = None  # until faulthandler takes it (no usable stderr: no last bound, and the keeper waits)
        output = self.output if self.output is not None else sys.__stderr__
        if output is None:
            return
        try:
            faulthandler.dump_traceback_later(max(when - time.monotonic(), 0.001), exit=True, file=output)
        except (ValueError, OSError, AttributeError, RuntimeError):
            return
        self._timer_at = when
        if self._keeper_pid != os.getpid():
            self._keeper_pid = os.getpid()
            threading.Thread(target=self._keep, name="dojo-hard-stop", daemon=True).start()
        self._changed.notify()

    def _keep(self) -> None:
        """Sets a timer left too early (its bound was left) again, KEEPER_LEAD seconds before it would fire."""
        with self._changed:
            while self._keeper_pid == os.getpid():
                if self._timer_at is None:
                    self._changed.wait()
                    continue
                wake = self._timer_at - self.KEEPER_LEAD - time.monotonic()
                if wake > 0:
                    self._changed.wait(wake)
                    continue
                due = self._timer_at
                self._apply()  # a timer left too early is set for the earliest deadline
                if self._timer_at == due:  # it was not too early: a bound ran out and the timer ends the process
                    self._changed.wait(self.KEEPER_LEAD)


HARD_STOP = HardStop()


def run_bounded(fn: Callable[[], T], seconds: float, what: str = "the code under test") -> T:
    """Run fn, raising Deadline if it takes longer than `seconds` (SIGALRM on the main thread, else a thread).

    `what` names the code in the watchdog's message if it swallows the Deadline. Past the
    watchdog's grace, :data:`HARD_STOP` ends the process even if the code holds the GIL.
    """
    with HARD_STOP.armed(seconds + 2 * LIMITS.grace, what):
        if _alarm_available():
            return _run_with_alarm(fn, seconds, what)
        return _run_in_thread(fn, seconds, what)
