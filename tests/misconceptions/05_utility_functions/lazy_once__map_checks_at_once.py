"""Misconception: map() converts all the texts when it is called, so a bad one raises right away.

checklist: utility_functions.one_shot_iterators
"""


def checked_ints(texts) -> list:
    return map(int, texts)
