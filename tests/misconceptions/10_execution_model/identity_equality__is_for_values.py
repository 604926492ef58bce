"""Misconception: `is` is the strict, safe way to compare values.

Equal values are often different objects, so `is` misses them.

checklist: execution_model.is_vs_eq
"""


def index_of(items, target) -> int:
    for position, item in enumerate(items):
        if item is target:
            return position
    return -1
