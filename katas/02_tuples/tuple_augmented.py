"""Kata: `t[0] += [x]` raises TypeError, and the list has changed anyway.

Task: add_tag and bump_score below change things they must not, or crash. Fix them so
every docstring holds. Records are tuples here; callers keep using the ones they passed in.

`t[0] += y` is two steps: `t[0] = t[0].__iadd__(y)`. The first step may change the object
inside the tuple; the second, storing back into the tuple, is the one that raises.
"""


def add_tag(record: tuple, tag: str) -> tuple:
    """record is (name, tags) with tags a list. Return a new record with tag added at the end.

    The caller's record and its tags list stay exactly as they were.
    """
    record[1] += [tag]
    return record


def bump_score(scores: tuple, index: int) -> tuple:
    """Return a new tuple of scores with one added to scores[index]; the others unchanged."""
    scores[index] += 1
    return scores
