"""Misconception: weakref.ref(listener.on_event) follows the listener.

Each read of listener.on_event builds a new bound method; the hub's weak reference is the only
one to it, so it dies at once and the living listener is never called. weakref.WeakMethod
exists for this.

checklist: none
"""


class Hub:
    def __init__(self):
        self._callbacks = []

    def subscribe(self, callback) -> None:
        ref = weakref.ref(callback)
        if ref not in self._callbacks:
            self._callbacks.append(ref)

    def emit(self, event) -> int:
        called = 0
        for ref in list(self._callbacks):
            callback = ref()
            if callback is not None:
                callback(event)
                called += 1
        return called
