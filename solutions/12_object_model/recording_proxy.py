"""Reference solution for recording_proxy.py."""


class Recorder:
    def __init__(self, target):
        # self._target = ... would run our own __setattr__ and be sent to the target:
        # object.__setattr__ stores in this instance, past the override.
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        # Called only when the normal lookup failed: our own methods and state never come here.
        # Read our state with object.__getattribute__: on an instance made without __init__
        # (copy, pickle) it raises AttributeError at once, where self._target would call
        # __getattr__("_target") again, and again, until RecursionError.
        target = object.__getattribute__(self, "_target")
        object.__getattribute__(self, "_log").append(name)
        return getattr(target, name)

    def __setattr__(self, name, value):
        self._log.append(name)
        setattr(self._target, name, value)

    def messages(self) -> list:
        return list(self._log)

    def count(self, name: str) -> int:
        return self._log.count(name)
