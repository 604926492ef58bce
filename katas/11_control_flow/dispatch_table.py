"""Kata: dispatch through a dict of functions instead of an if-chain.

Task: implement calculate and make_dispatcher below, each with a dict that maps a key to a
function, and without a chain of if/elif.

A dict of functions chooses first and calls second. What goes wrong in a dict of results, or
with a default that is computed before you know it is needed?
"""


def calculate(symbol: str, a, b):
    """Apply the operator symbol ("+", "-", "*", "/" or "**") to a and b and return the result.

    Compute only the operation asked for: calculate("+", 1, 0) must not divide by zero.
    An unknown symbol raises ValueError, whose message names the symbol; its traceback shows
    only that ValueError, not the failed lookup behind it.
    """
    raise NotImplementedError("calculate: look the symbol up in a dict of functions, then call the one found")


def make_dispatcher(handlers: dict, default):
    """Return dispatch(command, *args), which returns handlers[command](*args) for a known command.

    For an unknown command it returns default(command, *args). Only the chosen function runs,
    once; an exception a handler raises propagates unchanged (a KeyError too).
    """
    raise NotImplementedError("make_dispatcher: choose the handler (or the default), then call it")
