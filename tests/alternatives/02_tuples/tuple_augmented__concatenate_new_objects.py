"""Alternative: new tags by concatenation, new scores unpacked from slices; the caller's objects untouched.

The reference unpacks with a starred list display and bumps a list copy. Here add_tag joins the
old tags and the new one with `+` (a new list), and bump_score unpacks the slices of the old
tuple around the bumped score into a new tuple display.
"""


def add_tag(record: tuple, tag: str) -> tuple:
    return (record[0], record[1] + [tag])


def bump_score(scores: tuple, index: int) -> tuple:
    index = range(len(scores))[index]  # a negative index counts from the end, as for scores[index]
    return (*scores[:index], scores[index] + 1, *scores[index + 1 :])
