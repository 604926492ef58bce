"""Misconception: a try around handlers[command](*args) catches only the missing command.

checklist: none
"""


import operator

_OPERATIONS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "**": operator.pow,
}


def calculate(symbol: str, a, b):
    try:
        operation = _OPERATIONS[symbol]  # choose first: only the lookup sits in the try
    except KeyError:
        raise ValueError(f"unknown operator {symbol!r}") from None
    return operation(a, b)  # then call: only the chosen function runs


def make_dispatcher(handlers: dict, default):
    def dispatch(command, *args):
        try:
            return handlers[command](*args)
        except KeyError:
            return default(command, *args)

    return dispatch
