"""Misconception: __getattr__ forwards attributes, assignments included.

__getattr__ is about reading. Without a __setattr__ of its own, remote.channel = 10 stores
channel on the proxy: the television never changes, nothing is logged, and later reads find
the proxy's copy without reaching __getattr__.

checklist: object_model.attribute_lookup
"""


class Recorder:
    def __init__(self, target):
        self._target = target
        self._log = []

    def __getattr__(self, name):
        target = object.__getattribute__(self, "_target")
        object.__getattribute__(self, "_log").append(name)
        return getattr(target, name)

    def messages(self) -> list:
        return list(self._log)

    def count(self, name: str) -> int:
        return self._log.count(name)
