"""Alternative: the heartbeat is a threading.Thread subclass whose run() waits on a Condition; stop_pool cancels, then waits.

A Condition with a `stopped` flag replaces the Event; stop_pool does its two steps apart:
shutdown(wait=False, cancel_futures=True) drops the queue, shutdown() then waits for the rest.
"""

import threading


class Heartbeat(threading.Thread):
    def __init__(self, beat, interval: float):
        super().__init__(name="heartbeat")
        self._beat_call, self._interval = beat, interval
        self._stopped = False
        self._changed = threading.Condition()

    def run(self) -> None:
        with self._changed:
            while not self._stopped:
                self._changed.release()
                try:
                    self._beat_call()
                finally:
                    self._changed.acquire()
                self._changed.wait_for(lambda: self._stopped, self._interval)

    def stop(self) -> None:
        with self._changed:
            self._stopped = True
            self._changed.notify_all()
        self.join()


def stop_pool(pool) -> None:
    pool.shutdown(wait=False, cancel_futures=True)
    pool.shutdown(wait=True)
