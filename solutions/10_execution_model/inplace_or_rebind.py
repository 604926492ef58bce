"""Reference solution for inplace_or_rebind.py."""


def appended(items: list, item) -> list:
    return items + [item]  # `+` builds a new list; `+=` would extend the caller's list in place


def bump_all(counters: list) -> None:
    # `count += 1` rebinds the loop variable to a new int; write each new int back into the list.
    for position, count in enumerate(counters):
        counters[position] = count + 1


class Tagged:
    hits = 0  # an int: `self.hits += 1` makes a new int and binds it on the instance, as wanted

    def __init__(self):
        self.tags = []  # a list of each instance's own: `+=` on a class-level list would extend the shared one

    def tag(self, label: str) -> "Tagged":
        self.hits += 1
        self.tags += [label]
        return self
