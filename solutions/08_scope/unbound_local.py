"""Reference solution for unbound_local.py."""

LIMIT = 100


def make_accumulator():
    total = 0

    def add(amount):
        nonlocal total  # `+=` assigns, which would otherwise make total local to add
        total += amount
        return total

    return add


def clamp_all(values):
    ceiling = LIMIT  # a local of its own: assigning LIMIT here would make LIMIT local everywhere
    if values and values[0] < 0:
        ceiling = -values[0]
        values = values[1:]
    return [min(value, ceiling) for value in values]


def newest_release(releases):
    newest = None  # bound on every path, not only when the loop finds a release
    for release in releases:
        if "rc" not in release:
            newest = release
    return newest
