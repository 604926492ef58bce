"""Misconception: listener.on_event is listener.on_event, so an identity check finds a repeated subscription.

Every read makes a new bound method: `is` says two different objects, and the listener is
subscribed (and called) twice. Bound methods compare equal when __self__ and __func__ match.

checklist: none
"""


class Hub:
    def __init__(self):
        self._callbacks = []

    def subscribe(self, callback) -> None:
        if any(ref() is callback for ref in self._callbacks):
            return
        ref = weakref.WeakMethod(callback) if inspect.ismethod(callback) else weakref.ref(callback)
        self._callbacks.append(ref)

    def emit(self, event) -> int:
        called = 0
        for ref in list(self._callbacks):
            callback = ref()
            if callback is not None:
                callback(event)
                called += 1
        return called
