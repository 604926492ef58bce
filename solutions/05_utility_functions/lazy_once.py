"""Reference solution for lazy_once.py."""


def spread(readings):
    values = [float(reading) for reading in readings]
    return max(values) - min(values)


def describe(words):
    kept = [word for word in map(str.strip, words) if word]
    if not kept:
        return "no words"
    return f"{len(kept)} words: {', '.join(kept)}"


def checked_ints(texts) -> list:
    return [int(text) for text in texts]


def scaled(stream, factor):
    return (number * factor for number in stream)
