"""Alternative: take a bound method apart into __self__ and __func__, and hold only the object weakly.

What WeakMethod does inside, written out: the function is kept (functions are shared by all
instances and cost nothing to keep), the object weakly; a dead object's entry is skipped and
dropped. Plain functions are held by a weakref.ref. Entries are compared by (object, function).
"""

import weakref


class Hub:
    def __init__(self):
        self._callbacks = []  # (weak reference to the object or function, function or None)

    def subscribe(self, callback) -> None:
        owner = getattr(callback, "__self__", None)
        if owner is not None and hasattr(callback, "__func__"):
            entry = (weakref.ref(owner), callback.__func__)
        else:
            entry = (weakref.ref(callback), None)
        if not any(ref() is entry[0]() and func is entry[1] for ref, func in self._callbacks):
            self._callbacks.append(entry)

    def emit(self, event) -> int:
        live = [(ref, func) for ref, func in self._callbacks if ref() is not None]
        self._callbacks = live
        for ref, func in live:
            target = ref()
            if target is None:
                continue
            if func is None:
                target(event)
            else:
                func(target, event)
        return len(live)
