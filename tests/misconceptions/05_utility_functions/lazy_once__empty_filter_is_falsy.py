"""Misconception: an empty filter object is falsy, like an empty list.

checklist: utility_functions.one_shot_iterators
"""

def spread(readings):
    values = [float(reading) for reading in readings]
    return max(values) - min(values)


def describe(words):
    kept = filter(None, map(str.strip, words))
    if not kept:
        return "no words"
    kept = list(kept)
    return f"{len(kept)} words: {', '.join(kept)}"


def checked_ints(texts) -> list:
    return [int(text) for text in texts]


def scaled(stream, factor):
    return (number * factor for number in stream)
