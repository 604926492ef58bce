"""Misconception: `default == MISSING` asks whether a default was given.

It lets the default's own __eq__ answer: mock.ANY says yes, a numpy-like array raises.

checklist: execution_model.is_vs_eq
"""


def lookup(table: dict, key, default=MISSING):
    if key in table:
        return table[key]
    if default == MISSING:
        raise KeyError(key)
    return default
