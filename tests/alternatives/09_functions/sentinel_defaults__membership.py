"""Alternative: stamp marks "no time given" with its own sentinel, and setting asks `in` before indexing.

No exception handling in setting: membership decides, then the sentinel check decides whether
a default was given. stamp reads clock() through the module's global at every call.
"""

_NOW = object()
_NO_DEFAULT = object()


def stamp(message, at=_NOW):
    return (clock() if at is _NOW else at, message)  # noqa: F821 - the module's own clock


def setting(settings: dict, name: str, default=_NO_DEFAULT):
    if name in settings:
        return settings[name]
    if default is _NO_DEFAULT:
        raise KeyError(name)
    return default
