"""Misconception: a map object can be read as often as a list.

checklist: utility_functions.one_shot_iterators
"""


def spread(readings):
    values = map(float, readings)
    return max(values) - min(values)
