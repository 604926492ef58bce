"""Alternative: the three fixes in other shapes: a parameter as the total, a conditional expression, next() backwards.

make_accumulator rebinds a parameter of its own call; clamp_all splits ceiling and values in one
conditional expression; newest_release walks the list backwards and stops at the first release.
"""


def make_accumulator(total=0):
    def add(amount):
        nonlocal total
        total = total + amount
        return total

    return add


def clamp_all(values):
    ceiling, rest = (-values[0], values[1:]) if values and values[0] < 0 else (LIMIT, values)  # noqa: F821 - LIMIT is the module's own
    return [value if value <= ceiling else ceiling for value in rest]


def newest_release(releases):
    return next((release for release in reversed(releases) if "rc" not in release), None)
