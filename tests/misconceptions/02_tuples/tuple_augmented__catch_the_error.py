"""Misconception: `record[1] += [tag]` raised, so nothing happened; catching the TypeError is enough.

The list was extended before the store into the tuple failed: the caller's record has changed.

checklist: tuples.augmented_item
"""


def add_tag(record: tuple, tag: str) -> tuple:
    try:
        record[1] += [tag]
    except TypeError:
        pass
    return record


def bump_score(scores: tuple, index: int) -> tuple:
    bumped = list(scores)
    bumped[index] += 1
    return tuple(bumped)
