"""Misconception: list(record) copies the record, so changing the copy is safe.

The copy is shallow: it holds the very same tags list, and `+=` extends it in place.

checklist: tuples.augmented_item
"""


def add_tag(record: tuple, tag: str) -> tuple:
    copy = list(record)
    copy[1] += [tag]
    return tuple(copy)


def bump_score(scores: tuple, index: int) -> tuple:
    bumped = list(scores)
    bumped[index] += 1
    return tuple(bumped)
