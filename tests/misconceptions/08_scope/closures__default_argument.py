"""Misconception: a default argument is a harmless way to freeze a loop variable.

It fixes the values, but every caller can now pass a second argument and change the factor.

checklist: scope.closure_late_binding
"""


def make_multipliers(count: int):
    return [lambda x, i=i: i * x for i in range(count)]


def make_greeters(names):
    return {name: (lambda name=name: f"Hello, {name}!") for name in names}


def make_click_handlers(labels, on_click):
    return {label: (lambda label=label: on_click(label)) for label in labels}


def captured_values(function) -> dict:
    code = getattr(function, "__code__", None)
    if code is None:
        return {}
    return {name: cell.cell_contents for name, cell in zip(code.co_freevars, function.__closure__ or ())}
