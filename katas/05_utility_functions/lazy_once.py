"""Kata: map() and filter() are lazy, one-shot iterators.

Task: the four functions below misuse map, filter or laziness: fix them.

map() and filter() compute nothing when called. They return an iterator that works out one
result per request and is used up after a single pass; as an object it is always truthy,
even when it has nothing to give.
"""


def spread(readings):
    """Return max - min of the readings, which are strings such as "3.5", given as any iterable."""
    values = map(float, readings)
    return max(values) - min(values)


def describe(words):
    """Return "no words" when no word is left after stripping blanks, else e.g. "2 words: a, b"."""
    kept = filter(None, map(str.strip, words))
    if not kept:
        return "no words"
    return f"{len(list(kept))} words: {', '.join(kept)}"


def checked_ints(texts) -> list:
    """Return the texts converted to ints, as a list; raise ValueError at once if one is not a number."""
    return map(int, texts)


def scaled(stream, factor):
    """Return an iterator over the numbers of stream times factor, lazily: the stream may never end."""
    return [number * factor for number in stream]
