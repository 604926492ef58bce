"""Reference solution for dispatch_table.py."""

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
        handler = handlers.get(command)
        if handler is None:
            return default(command, *args)
        return handler(*args)  # outside any try: a KeyError from the handler is the handler's

    return dispatch
