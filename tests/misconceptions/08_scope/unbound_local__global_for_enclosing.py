"""Misconception: `global` reaches the variable of the enclosing function.

With a module-level total to satisfy it, every accumulator shares one total.

checklist: scope.legb
"""

LIMIT = 100
total = 0


def make_accumulator():
    def add(amount):
        global total
        total += amount
        return total

    return add


def clamp_all(values):
    ceiling = LIMIT
    if values and values[0] < 0:
        ceiling = -values[0]
        values = values[1:]
    return [min(value, ceiling) for value in values]


def newest_release(releases):
    newest = None
    for release in releases:
        if "rc" not in release:
            newest = release
    return newest
