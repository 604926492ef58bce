"""Misconception: a dict of results is a dispatch table: build every answer, then pick one.

checklist: none
"""


def calculate(symbol: str, a, b):
    results = {"+": a + b, "-": a - b, "*": a * b, "/": a / b, "**": a**b}
    if symbol not in results:
        raise ValueError(f"unknown operator {symbol!r}")
    return results[symbol]
