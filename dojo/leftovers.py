"""What kata code leaves behind never keeps a run alive.

A kata that starts a thread that never ends, a child process, or a thread blocked on a lock it
will never get makes a finished run wait forever: interpreter shutdown joins every non-daemon
thread and (through multiprocessing's exit hook) every non-daemon child, and a grandchild that
holds the run's stdout keeps ``dojo verify`` or CI reading. So, once a session has ended
(:func:`session_ended`, called by the plugin after its report), the process checks at
shutdown, *before* those joins: anything left is named in one line, child processes are
killed, and the process ends with the session's status.

The check runs from ``threading``'s own before-the-joins hook, so an in-process pytest run
(pytester) never ends the process that ran it; where that hook is missing, nothing changes.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

_status: int | None = None  # the last session's exit status; None: no session ended in this process
_registered = False


def session_ended(status: int, args: tuple[str, ...], *, worker: bool = False) -> None:
    """Remember the session's status; at shutdown, anything the kata code left ends the process with it.

    args: the session's command-line arguments; only the process's own session (pytest's
    ``sys.argv``) counts, never an in-process run inside another (pytester, a script).
    worker: an xdist worker, a process of its own whatever its arguments.
    """
    global _status, _registered
    if not worker and not own_session(args):
        return
    _status = int(status)
    if _registered:
        return
    register = getattr(threading, "_register_atexit", None)  # CPython: called before joining threads
    if register is None:
        return
    try:
        register(_at_shutdown)
    except RuntimeError:  # already shutting down
        return
    _registered = True


def own_session(args: tuple[str, ...]) -> bool:
    """Whether a session run with these arguments is the process's own: pytest's command line, not a run
    inside another (pytester's in-process runs, a script; in an xdist worker, started by ``python -c``,
    an in-process run without arguments would otherwise match its empty ``sys.argv[1:]``)."""
    return sys.argv[0] != "-c" and tuple(args) == tuple(sys.argv[1:])


def left_running() -> tuple[list[threading.Thread], list[tuple[int, str]]]:
    """Non-daemon threads still alive (besides this one) and child processes still running (pid, command)."""
    current = threading.current_thread()
    threads = [
        t for t in threading.enumerate()
        if t is not current and t is not threading.main_thread() and not t.daemon and t.is_alive()
    ]
    return threads, _child_processes()


def _helpers() -> set[int]:
    """multiprocessing's own helper processes (resource tracker, fork server): they end when this process does."""
    pids = set()
    tracker = sys.modules.get("multiprocessing.resource_tracker")
    pids.add(getattr(getattr(tracker, "_resource_tracker", None), "_pid", None))
    forkserver = sys.modules.get("multiprocessing.forkserver")
    pids.add(getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None))
    return {pid for pid in pids if isinstance(pid, int)}


def _child_processes() -> list[tuple[int, str]]:
    children: dict[int, str] = {}
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is not None:
        for child in multiprocessing.active_children():
            if child.pid is not None:
                children[child.pid] = f"{child.name}"
    for pid in _linux_children():
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            # pid (comm) state ppid ...: comm may hold spaces and parentheses, so split after the last ')'
            state = stat[stat.rindex(")") + 2:].split()[0]
            if state in ("Z", "X"):  # ended, not yet reaped: not running
                continue
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(pid, command[:60] or stat[stat.index("(") + 1:stat.rindex(")")])
    helpers = _helpers()
    return sorted((pid, command) for pid, command in children.items() if pid not in helpers)


def _linux_children() -> set[int]:
    """Pids of this process's children on Linux (every child, however it was started); empty elsewhere."""
    pids: set[int] = set()
    tasks = Path(f"/proc/{os.getpid()}/task")
    if not tasks.is_dir():
        return pids
    for task in tasks.iterdir():
        try:
            pids.update(int(pid) for pid in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    if pids or (next(tasks.iterdir()) / "children").exists():
        return pids
    me = str(os.getpid())  # a kernel without the children files: ask every process for its parent
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == me:
                pids.add(int(entry.name))
        except (OSError, IndexError):
            continue
    return pids


def describe(threads: list[threading.Thread], processes: list[tuple[int, str]]) -> str:
    names = [f"thread {t.name!r}" for t in threads] + [f"process {pid} ({command})" for pid, command in processes]
    return ", ".join(names)


def _at_shutdown() -> None:
    if _status is None:
        return
    threads, processes = left_running()
    if not threads and not processes:
        return
    for pid, _ in processes:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    try:
        sys.stdout.flush()
        sys.stderr.write(
            f"dojo: left running by the kata code after the run: {describe(threads, processes)}; "
            f"ended here so the run never hangs (its status: {_status})\n"
        )
        sys.stderr.flush()
    finally:
        os._exit(_status)
