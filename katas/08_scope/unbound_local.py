"""Kata: UnboundLocalError, and why assignment anywhere in a function matters.

Task: all three functions below can fail on reading a name that is not bound yet:
UnboundLocalError, except clamp_all on Python 3.11, where the same mistake raises a plain
NameError (see the version note). Fix them without changing what they are meant to do, and be
ready to say why Python decided each name was local.

Version note: until 3.12 a list comprehension ran as a nested function, so inside it LIMIT was
a free variable of clamp_all's scope, and reading it unbound raised NameError ("cannot access
free variable"). Since 3.12 comprehensions are inlined (PEP 709): LIMIT is read as a local of
clamp_all, and the error is UnboundLocalError. The comprehension's own loop variable stays
isolated on every version.
"""

LIMIT = 100  # the largest value clamp_all lets through


def make_accumulator():
    """Return add(amount): adds amount to a running total (starting at 0) and returns the total."""
    total = 0

    def add(amount):
        total += amount
        return total

    return add


def clamp_all(values):
    """Return values with every item above LIMIT replaced by LIMIT; LIMIT itself never changes.

    The caller may pass a lower ceiling as the first value, marked by a negative sign:
    clamp_all([-50, 70, 20]) clamps to 50 and returns [50, 20].
    """
    if values and values[0] < 0:
        LIMIT = -values[0]
        values = values[1:]
    return [min(value, LIMIT) for value in values]


def newest_release(releases):
    """Return the last release name that is not a pre-release ("rc" in it), or None if there is none."""
    for release in releases:
        if "rc" not in release:
            newest = release
    return newest
