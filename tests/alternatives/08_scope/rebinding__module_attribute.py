"""Alternative: record_call rebinds CALL_COUNT as an attribute of its own module object, and make_counter keeps its count in a parameter.

No `global` statement: sys.modules[__name__] is the module, and setting its attribute rebinds
the same global. The counter's cell is make_counter's own parameter, rebound with nonlocal.
"""

import sys


def record_call() -> int:
    module = sys.modules[__name__]
    module.CALL_COUNT += 1
    return module.CALL_COUNT


def make_counter(start: int = 0):
    def counter():
        nonlocal start
        start += 1
        return start

    return counter
