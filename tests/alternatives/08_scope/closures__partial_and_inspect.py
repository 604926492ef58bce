"""Alternative: functools.partial over operator.mul and str.format, and inspect.getclosurevars for the cells.

A partial stores its arguments when it is made, so nothing is late-bound; for a click handler
a small factory function (a scope per label) does the same job.
"""

import functools
import inspect
import operator


def make_multipliers(count: int):
    return [functools.partial(operator.mul, i) for i in range(count)]


def make_greeters(names):
    return {name: functools.partial("Hello, {}!".format, name) for name in names}


def make_click_handlers(labels, on_click):
    def handler_for(label):
        def handler():
            return on_click(label)

        return handler

    return {label: handler_for(label) for label in labels}


def captured_values(function) -> dict:
    if not inspect.isfunction(function):
        return {}
    return dict(inspect.getclosurevars(function).nonlocals)
