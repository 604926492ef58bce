"""Alternative: the operators looked up as dunder names on the operand, and the dispatcher with a sentinel default in dict.get.

calculate maps each symbol to the name of a function in the operator module and fetches it with
getattr; dispatch tells "no handler" from a handler with a sentinel, then calls outside any try.
"""

import operator

_NAMES = {"+": "add", "-": "sub", "*": "mul", "/": "truediv", "**": "pow"}
_NO_HANDLER = object()


def calculate(symbol: str, a, b):
    if symbol not in _NAMES:
        raise ValueError(f"unknown operator {symbol!r}")
    return getattr(operator, _NAMES[symbol])(a, b)


def make_dispatcher(handlers: dict, default):
    def dispatch(command, *args):
        handler = handlers.get(command, _NO_HANDLER)
        if handler is _NO_HANDLER:
            return default(command, *args)
        return handler(*args)

    return dispatch
