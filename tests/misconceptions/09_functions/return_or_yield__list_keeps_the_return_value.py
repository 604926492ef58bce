"""Misconception: list(generator) collects everything a generator produces, its return value too.

A for loop or list() swallows the StopIteration that ends the generator, and with it the
returned value: it lives only in StopIteration.value (and as the value of `yield from`).

checklist: functions.return_vs_yield
"""


def non_blank(lines):
    for line in lines:
        if line.strip():
            yield line.strip()


def drain(generator) -> tuple:
    items = list(generator)
    return items, None
