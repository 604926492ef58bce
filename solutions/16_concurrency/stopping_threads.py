"""Reference solution: an Event is both the stop signal and the wait between beats; shutdown(cancel_futures=True)."""

import threading


class Heartbeat:
    """Calls beat() in a thread of its own: at once, then every `interval` seconds, until stopped."""

    def __init__(self, beat, interval: float):
        self._beat = beat
        self._interval = interval
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat")

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._beat()
            self._stopping.wait(self._interval)  # wakes at once when stop() sets it: no time.sleep

    def start(self) -> None:
        """Start the thread that calls beat()."""
        self._thread.start()

    def stop(self) -> None:
        """Stop the beats and return once the thread has ended: promptly, even in the middle of an interval."""
        self._stopping.set()
        self._thread.join()


def stop_pool(pool) -> None:
    """Shut down a pool: queued calls never run, running calls finish; return once they have."""
    pool.shutdown(wait=True, cancel_futures=True)  # cancel_futures: Python 3.9+
