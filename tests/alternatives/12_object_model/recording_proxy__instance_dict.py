"""Alternative: the proxy's own state lives in its instance __dict__, written and read directly.

self.__dict__ is found by the normal lookup (a descriptor on the class), so neither
__setattr__ nor __getattr__ runs for it; on a blank instance the dict is empty and .get()
answers without recursion. The log is a collections.Counter beside an ordered list.
"""

import collections


class Recorder:
    def __init__(self, target):
        self.__dict__.update(_target=target, _log=[], _counts=collections.Counter())

    def _record(self, name):
        self.__dict__["_log"].append(name)
        self.__dict__["_counts"][name] += 1

    def __getattr__(self, name):
        if "_target" not in self.__dict__:
            raise AttributeError(name)
        self._record(name)
        return getattr(self.__dict__["_target"], name)

    def __setattr__(self, name, value):
        self._record(name)
        setattr(self.__dict__["_target"], name, value)

    def messages(self) -> list:
        return list(self.__dict__["_log"])

    def count(self, name: str) -> int:
        return self.__dict__["_counts"][name]
