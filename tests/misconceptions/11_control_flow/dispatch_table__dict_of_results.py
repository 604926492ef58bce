"""Misconception: a dict of results is a dispatch table: build every answer, then pick one.

checklist: none
"""


def calculate(symbol: str, a, b):
    results = {"+": a + b, "-": a - b, "*": a * b, "/": a / b, "**": a**b}
    if symbol not in results:
        raise ValueError(f"unknown operator {symbol!r}")
    return results[symbol]


def make_dispatcher(handlers: dict, default):
    def dispatch(command, *args):
        handler = handlers.get(command)
        if handler is None:
            return default(command, *args)
        return handler(*args)  # outside any try: a KeyError from the handler is the handler's

    return dispatch
