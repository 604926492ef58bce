"""Misconception: declaring `global LIMIT` is the fix for clamp_all's UnboundLocalError.

It silences the error and changes the module's LIMIT for every later call.

checklist: scope.legb
"""

LIMIT = 100


def make_accumulator():
    total = 0

    def add(amount):
        nonlocal total
        total += amount
        return total

    return add


def clamp_all(values):
    global LIMIT
    if values and values[0] < 0:
        LIMIT = -values[0]
        values = values[1:]
    return [min(value, LIMIT) for value in values]


def newest_release(releases):
    newest = None
    for release in releases:
        if "rc" not in release:
            newest = release
    return newest
