"""Misconception: once __init__ stores the state past __setattr__, __getattr__ may read self._target.

On an instance made without __init__ (copy.copy, pickle), _target is missing, so reading
self._target inside __getattr__ calls __getattr__("_target"), which reads self._target again:
RecursionError instead of the AttributeError that hasattr and copy expect.

checklist: object_model.attribute_lookup
"""


class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(name)
        setattr(self._target, name, value)

    def messages(self) -> list:
        return list(self._log)

    def count(self, name: str) -> int:
        return self._log.count(name)
