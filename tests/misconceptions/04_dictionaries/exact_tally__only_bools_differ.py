"""Misconception: only bools are the problem; 1 and 1.0 are different keys anyway.

1 == 1.0 and hash(1) == hash(1.0): as keys they merge too.

checklist: dictionaries.equal_keys
"""


def tally(values) -> list:
    counts = {}
    for value in values:
        key = ("bool", value) if isinstance(value, bool) else value
        counts[key] = counts.get(key, 0) + 1
    return [(key[1] if isinstance(key, tuple) else key, count) for key, count in counts.items()]
