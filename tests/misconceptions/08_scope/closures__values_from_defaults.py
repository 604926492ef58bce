"""Misconception: a closure's captured values are its defaults (function.__defaults__).

checklist: scope.closure_late_binding
override: whole
"""


def _times(factor):
    return lambda x: factor * x


def make_multipliers(count: int):
    return [_times(i) for i in range(count)]


def make_greeters(names):
    return {name: _greeting(name) for name in names}


def _greeting(name):
    return lambda: f"Hello, {name}!"


def captured_values(function) -> dict:
    code = getattr(function, "__code__", None)
    if code is None or not function.__defaults__:
        return {}
    names = code.co_varnames[code.co_argcount - len(function.__defaults__):code.co_argcount]
    return dict(zip(names, function.__defaults__))
