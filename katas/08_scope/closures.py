"""Kata: closures and the late-binding trap.

Task: make_multipliers, make_greeters and make_click_handlers below look right and are wrong:
fix them. Each returned function takes exactly the arguments its docstring lists: the Python
FAQ's `lambda x, i=i: ...` does fix the values, but it adds a parameter any caller can pass to
replace the captured value, so these tests refuse it (in an interview, name that cost).
Then implement captured_values, the tool you would use to see why they were wrong.

A closure does not capture values. It captures variables (cells), and reads them when it
is called, not when it is made.
"""


def make_multipliers(count: int):
    """Return [f0, f1, ...] with count functions, where f_i(x) == i * x; each takes one argument, x."""
    multipliers = []
    for i in range(count):
        multipliers.append(lambda x: i * x)
    return multipliers


def make_greeters(names):
    """Return {name: greet} where greet(), which takes no arguments, returns "Hello, <name>!" for its own name."""
    return {name: (lambda: f"Hello, {name}!") for name in names}


def make_click_handlers(labels, on_click):
    """Return {label: handler}, where handler() takes no arguments and returns on_click(label) for its own label.

    on_click runs each time a handler is called, and never while the handlers are made.
    """
    handlers = {}
    for label in labels:
        handlers[label] = lambda: on_click(label)
    return handlers


def captured_values(function) -> dict:
    """Return {variable name: current value} for every variable the function closes over.

    A function without free variables gives {}, and so does any callable that is not a Python
    function and so has no __code__ (a functools.partial, a built-in such as len). Look at
    function.__code__ and function.__closure__.
    """
    raise NotImplementedError("captured_values: pair the free variable names with their cells' contents")
