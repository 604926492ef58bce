"""Misconception: returning a list is as good as returning an iterator.

A list reads the whole stream first, which never ends.

checklist: utility_functions.one_shot_iterators
"""


def scaled(stream, factor):
    return [number * factor for number in stream]
