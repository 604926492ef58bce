"""Kata: *args, **kwargs, and unpacking arguments into a call.

Task: merge_options has two bugs: fix them. Then implement call_with_config.

In a `def`, * and ** collect arguments into a tuple and a dict. In a call, they do the
opposite: they spread a sequence into positional arguments and a mapping into keywords.
"""


def merge_options(base, **overrides) -> dict:
    """Return a new dict: base's items, updated with the overrides. base itself never changes.

    Any keyword at all can be an override, including one called "base":
    merge_options({"retries": 3}, base="/srv") == {"retries": 3, "base": "/srv"}.
    """
    base.update(overrides)
    return base


def call_with_config(function, config: dict):
    """Call function with config's items as keyword arguments and return what it returns.

    Pass only the keys that function accepts as keyword arguments, unless function has a
    **kwargs parameter: then pass them all. config itself never changes.
    """
    raise NotImplementedError("call_with_config: pass the part of config that function accepts as keywords")
