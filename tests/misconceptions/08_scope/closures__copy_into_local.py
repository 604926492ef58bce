"""Misconception: copying the loop variable into another local freezes its value for the lambda.

checklist: scope.closure_late_binding
"""


def make_multipliers(count: int):
    multipliers = []
    for i in range(count):
        factor = i  # still one variable of make_multipliers, rebound on every pass
        multipliers.append(lambda x: factor * x)
    return multipliers


def make_greeters(names):
    greeters = {}
    for name in names:
        own_name = name
        greeters[name] = lambda: f"Hello, {own_name}!"
    return greeters


def captured_values(function) -> dict:
    code = getattr(function, "__code__", None)
    if code is None:
        return {}
    return {name: cell.cell_contents for name, cell in zip(code.co_freevars, function.__closure__ or ())}
