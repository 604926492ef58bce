"""Alternative: next() over a generator expression, a generator expression for non_blank, and `yield from` to catch the return value.

drain wraps the generator in a small generator of its own: `value = yield from generator`
hands every item on and keeps what the generator returned.
"""


def first_match(items, predicate):
    return next((item for item in items if predicate(item)), None)


def non_blank(lines):
    return (stripped for stripped in (line.strip() for line in lines) if stripped)


def drain(generator) -> tuple:
    result = {}

    def relay():
        result["value"] = yield from generator

    items = list(relay())
    return items, result["value"]
