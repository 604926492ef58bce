"""Alternative: one get() with a private sentinel as its default, so a stored None or 0 is still told from "missing".

One lookup, like the reference; no exception at all, and no window between a check and a use.
"""

_MISSING = object()


def read_setting(settings, name: str, default=None):
    value = settings.get(name, _MISSING)
    return default if value is _MISSING else value
