"""Misconception: a list of callbacks is harmless; the listener goes away when the program drops it.

A bound method holds its object in __self__, so a hub that keeps the bound method keeps the
listener alive (and calls it) for as long as the hub lives.

checklist: none
"""


class Hub:
    def __init__(self):
        self._callbacks = []

    def subscribe(self, callback) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def emit(self, event) -> int:
        for callback in self._callbacks:
            callback(event)
        return len(self._callbacks)
