"""Reference solution for tuple_augmented.py."""


def add_tag(record: tuple, tag: str) -> tuple:
    """record is (name, tags) with tags a list. Return a new record with tag added at the end.

    The caller's record and its tags list stay exactly as they were.
    """
    name, tags = record
    return (name, [*tags, tag])


def bump_score(scores: tuple, index: int) -> tuple:
    """Return a new tuple of scores with one added to scores[index]; the others unchanged."""
    bumped = list(scores)
    bumped[index] += 1
    return tuple(bumped)
