"""Misconception: a flag checked between time.sleep(interval) calls stops a thread promptly (it sleeps through the interval first).

checklist: none
"""

import threading
import time


class Heartbeat:
    def __init__(self, beat, interval: float):
        self._beat, self._interval, self._running = beat, interval, True
        self._thread = threading.Thread(target=self._run, daemon=True)  # daemon, so that the test run can end

    def _run(self) -> None:
        while self._running:
            self._beat()
            time.sleep(self._interval)  # deaf to stop() until the interval is over

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._running = False
        self._thread.join()
