"""Time bounds for learner code, and the watchdog behind them.

Two layers, because learner code can swallow exceptions:

- :func:`run_bounded` raises :class:`Deadline` inside the code when its bound runs out
  (SIGALRM on the main thread, a joined thread elsewhere). That ends any code that lets a
  ``BaseException`` through.
- Code that swallows it (a bare ``except:`` in a loop) keeps running. So when a bound has
  fired, the :data:`WATCHDOG` is armed for a grace period; the plugin also arms it around
  every kata test. When it expires, the watchdog's handler reports what happened and the
  process ends: a stuck test costs that test (or, in a serial run, the rest of the run),
  never a hang.

:data:`USER_INTERRUPT` is set by the plugin's SIGINT handler, so a real Ctrl-C is never
mistaken for learner code raising ``KeyboardInterrupt``.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import TypeVar

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


class Deadline(BaseException):
    """Raised inside learner code when its bound runs out; a BaseException so `except Exception` can't swallow it."""


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
                if remaining <= 0:
                    break
                self._condition.wait(remaining)
        try:
            if self.on_expiry is not None:
                self.on_expiry(what)
            else:
                sys.stderr.write(f"\ndojo: {what}; ending the process.\n")
        finally:
            sys.stderr.flush()
            sys.stdout.flush()
            os._exit(WATCHDOG_EXIT_STATUS)


WATCHDOG = Watchdog()


def _alarm_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _run_with_alarm(fn: Callable[[], T], seconds: float, what: str) -> T:
    """Run fn on this (main) thread with SIGALRM as the bound, restoring any outer timer (pytest-timeout's)."""
    fired = False
    key = object()  # this call's own watchdog slot

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        if not fired:
            fired = True
            # If the code swallows this Deadline, the watchdog ends it after the grace period.
            WATCHDOG.arm(key, LIMITS.grace, f"{what} kept running {LIMITS.grace:g} s after its {seconds:g} s limit")
        raise Deadline

    outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    outer_handler = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_delay) if outer_delay else seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if fired:
            WATCHDOG.disarm(key)
        remaining = outer_delay - (time.monotonic() - started)
        # Re-arm the outer timer with what is left of it, unless this bound already failed the test.
        if outer_delay and not fired and remaining > 0:
            signal.setitimer(signal.ITIMER_REAL, remaining, outer_interval)


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


def run_bounded(fn: Callable[[], T], seconds: float, what: str = "the code under test") -> T:
    """Run fn, raising Deadline if it takes longer than `seconds` (SIGALRM on the main thread, else a thread).

    `what` names the code in the watchdog's message if it swallows the Deadline.
    """
    if _alarm_available():
        return _run_with_alarm(fn, seconds, what)
    return _run_in_thread(fn, seconds, what)
