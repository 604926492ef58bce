"""Misconception: the fix for late binding is to call on_click(label) in the loop, while label still holds the right value.

checklist: scope.closure_late_binding
"""



def _times(factor):
    # Each call makes a new scope, so each returned function has a `factor` of its own.
    return lambda x: factor * x


def _greeting(name):
    return lambda: f"Hello, {name}!"


def make_multipliers(count: int):
    return [_times(i) for i in range(count)]


def make_greeters(names):
    return {name: _greeting(name) for name in names}


def _returning(value):
    return lambda: value


def make_click_handlers(labels, on_click):
    return {label: _returning(on_click(label)) for label in labels}


def captured_values(function) -> dict:
    code = getattr(function, "__code__", None)
    if code is None:
        return {}
    cells = function.__closure__ or ()
    return {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
