"""Misconception: dict.get's default is only evaluated when the key is missing.

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
        fallback = default(command, *args)
        return handlers[command](*args) if command in handlers else fallback

    return dispatch
