"""Kata: stopping threads and pools when you decide, not when they feel like it.

Task: implement Heartbeat and stop_pool.

Python has no way to kill a thread from outside. A thread stops when its function returns,
so a long-running thread must look, often enough, at a signal that it should stop. Marking
it daemon=True does not stop it either: the interpreter just abandons it at exit, in the
middle of whatever it was doing. A pool is the same story at a larger scale: shutting it down
decides what happens to the calls still waiting in its queue and to the ones already running.
"""

import threading  # noqa: F401  (you will want it)


class Heartbeat:
    """Calls beat() in a thread of its own: at once, then every `interval` seconds, until stopped."""

    def __init__(self, beat, interval: float):
        raise NotImplementedError("Heartbeat: remember beat and interval; nothing runs before start()")

    def start(self) -> None:
        """Start the thread that calls beat()."""
        raise NotImplementedError("start: start the thread that calls beat() every interval")

    def stop(self) -> None:
        """Stop the beats and return once the thread has ended: promptly, even in the middle of an interval."""
        raise NotImplementedError("stop: end the beating thread promptly and wait until it has ended")


def stop_pool(pool) -> None:
    """Shut down a concurrent.futures pool: calls still waiting in its queue never run; calls already
    running finish; return once they have.
    """
    raise NotImplementedError("stop_pool: drop the waiting calls, let the running ones finish, then return")
