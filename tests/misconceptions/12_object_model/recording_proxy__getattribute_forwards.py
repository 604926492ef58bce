"""Misconception: a proxy forwards with __getattribute__, the hook that sees every read.

__getattribute__ runs for every read, the proxy's own methods included: remote.messages() is
itself logged (and would be sent to the target, unless each own name is listed by hand).
__getattr__ runs only for what the normal lookup did not find, which is exactly what a proxy
forwards.

checklist: object_model.attribute_lookup
"""


class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattribute__(self, name):
        object.__getattribute__(self, "_log").append(name)
        if name in ("messages", "count", "__class__", "__dict__"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name, value):
        object.__getattribute__(self, "_log").append(name)
        setattr(object.__getattribute__(self, "_target"), name, value)

    def messages(self) -> list:
        return list(object.__getattribute__(self, "_log"))

    def count(self, name: str) -> int:
        return object.__getattribute__(self, "_log").count(name)
