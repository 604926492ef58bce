"""Reference solution for return_or_yield.py."""


def first_match(items, predicate):
    # No yield anywhere: this is a plain function, and return hands the item back and stops the loop.
    for item in items:
        if predicate(item):
            return item
    return None


def non_blank(lines):
    # yield makes this a generator function: each line is read only when next() asks for a result.
    for line in lines:
        stripped = line.strip()
        if stripped:
            yield stripped


def drain(generator) -> tuple:
    items = []
    while True:
        try:
            items.append(next(generator))
        except StopIteration as stop:
            # A generator's `return value` travels in StopIteration.value; for loops and list() drop it.
            return items, stop.value
