"""Misconception: an empty filter object is falsy, like an empty list.

checklist: utility_functions.one_shot_iterators
"""


def describe(words):
    kept = filter(None, map(str.strip, words))
    if not kept:
        return "no words"
    kept = list(kept)
    return f"{len(kept)} words: {', '.join(kept)}"
