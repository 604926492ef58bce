"""A run that dies still gets its report: a forked copy of the run waits beside it.

The last bound (:data:`dojo.bounds.HARD_STOP`) ends a process whose code holds the GIL in a C
loop; nothing in that process can run Python after that, so nothing there can write progress
or print the readiness report. At the start of a serial run the plugin forks a
:class:`Supervisor`: a copy of the process (pytest, the curriculum, the settings already in
memory) that only reads the run's journal, one JSON line per event, from a pipe. A run that
ends as usual says ``done`` and the copy exits at once. A run that ends without saying it
(the last bound, ``kill -9``, a crash) leaves the copy to conclude it from the journal: the
test that was running failed, the tests after it did not run, the report goes to the same
terminal and the results that exist are saved.

Cheap: one fork at the start (copy-on-write), one short line per test, a reader that sleeps.
POSIX only; elsewhere there is no supervisor and a dead run is just a dead run.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dojo.readiness import KataResult

Message = list[Any]  # [kind, value]: ("collected", [record]), ("started", nodeid), ("bound", what),
# ("result", record), ("finished", nodeid), ("done", True)


class Supervisor:
    def __init__(self, conclude: Callable[[list[Message]], None]):
        """conclude: runs in the copy, with the journal, when the run died before saying it was done."""
        self._conclude = conclude
        self.pid: int | None = None
        self._pipe: int | None = None

    def start(self, before_fork: Callable[[], contextlib.AbstractContextManager[object]] | None = None) -> bool:
        if not hasattr(os, "fork") or self.pid is not None:
            return False
        read_end, write_end = os.pipe()
        parent = os.getpid()
        with before_fork() if before_fork else contextlib.nullcontext(), warnings.catch_warnings():
            # 3.12+ warns that forking a process with threads may deadlock; the copy only reads a pipe.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:
            status = 0
            try:
                os.close(write_end)
                self._watch(read_end, parent)
            except BaseException:  # noqa: BLE001 - the copy never returns into pytest's code
                status = 1
            finally:
                os._exit(status)
        os.close(read_end)
        self.pid, self._pipe = pid, write_end
        return True

    def send(self, kind: str, value: object) -> None:
        if self._pipe is None:
            return
        data = (json.dumps([kind, value]) + "\n").encode()
        try:
            while data:
                data = data[os.write(self._pipe, data):]
        except OSError:  # the copy is gone: go on without it
            self._close()

    def done(self) -> None:
        """The run ends as usual (its report printed): the copy exits and is reaped, so it is never a leftover."""
        if self._pipe is None:
            return
        self.send("done", True)
        self._close()
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self.pid = None

    def _close(self) -> None:
        if self._pipe is not None:
            with contextlib.suppress(OSError):
                os.close(self._pipe)
            self._pipe = None

    # ------------------------------------------------------------------ in the copy

    def _watch(self, pipe: int, parent: int) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the run; the run tells us how it ended
        journal: list[Message] = []
        pending = b""
        while True:
            ready, _, _ = select.select([pipe], [], [], 0.5)
            if not ready:
                if os.getppid() != parent:  # the run is gone, though something it started holds the pipe
                    break
                continue
            chunk = os.read(pipe, 65536)
            if not chunk:
                break
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                message = json.loads(line)
                if message[0] == "done":
                    return
                journal.append(message)
        self._conclude(journal)


@dataclass
class Replay:
    """What a journal says about a run that died: its results, and what it was doing."""

    results: dict[str, KataResult] = field(default_factory=dict)  # this run's kata tests; "not run" if never run
    running: str | None = None  # the test that was running
    bound: str = ""  # the bounded call or import it was in ("add(2, 3)", "importing katas/...")

    @classmethod
    def of(cls, journal: list[Message]) -> Replay:
        replay = cls()
        for kind, value in journal:
            if kind == "collected":
                replay.results.update((r.nodeid, r) for r in map(KataResult.from_record, value))
            elif kind == "started":
                replay.running, replay.bound = value, ""
            elif kind == "finished" and value == replay.running:
                replay.running, replay.bound = None, ""
            elif kind == "bound":
                replay.bound = value
            elif kind == "result":
                result = KataResult.from_record(value)
                replay.results[result.nodeid] = result
        if replay.running in replay.results:
            # Whatever it did before (a passed call, then a hang in teardown), it did not finish.
            replay.results[replay.running] = replay.results[replay.running].ended("failed")
        return replay

    def message(self) -> str:
        inside = f" ({self.bound})" if self.bound else ""
        if self.running in self.results:
            where = f"{self.running} was stuck{inside}"
        elif any(r.outcome != "not run" for r in self.results.values()):
            where = f"the run was stuck between kata tests{inside}"
        else:
            where = f"the run was stuck before any kata test started{inside or ' (importing a kata module?)'}"
        return (
            f"dojo: {where} in code that holds the interpreter and never pauses (a loop in C, such as "
            "sum(itertools.repeat(1))), so only ending the process could stop it; the stack above shows the line. "
            "The tests after it did not run."
        )
