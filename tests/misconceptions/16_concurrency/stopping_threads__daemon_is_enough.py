"""Misconception: a daemon thread needs no stopping (it runs on, beating, until the interpreter abandons it).

checklist: none
"""

import threading


class Heartbeat:
    def __init__(self, beat, interval: float):
        self._beat, self._interval = beat, interval
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        pause = threading.Event()
        while True:
            self._beat()
            pause.wait(self._interval)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        pass  # a daemon dies with the interpreter anyway
