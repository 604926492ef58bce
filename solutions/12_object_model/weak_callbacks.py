"""Reference solution for weak_callbacks.py."""

import inspect
import weakref


class Hub:
    def __init__(self):
        self._callbacks = []  # weak references, in subscription order

    def subscribe(self, callback) -> None:
        # listener.on_event makes a new bound method on every read, which nothing else holds:
        # a plain weakref.ref to it would die at once. WeakMethod keeps weak references to its
        # __self__ and __func__ and rebuilds the bound method while the object lives.
        ref = weakref.WeakMethod(callback) if inspect.ismethod(callback) else weakref.ref(callback)
        if ref not in self._callbacks:  # live weak references compare equal by their referents
            self._callbacks.append(ref)

    def emit(self, event) -> int:
        called = 0
        for ref in list(self._callbacks):
            callback = ref()
            if callback is None:
                self._callbacks.remove(ref)
                continue
            callback(event)
            called += 1
        return called
