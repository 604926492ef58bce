"""Kata: `+=` mutates some objects and rebinds names to others.

Task: appended, bump_all and Tagged.tag below each get `x += y` wrong in one direction or the
other. Fix them so every docstring holds.

`x += y` first asks x's object to add y to itself (__iadd__). A list does, in place, and x stays
bound to the same list. An int, str or tuple cannot change, so Python makes a new object and
rebinds x to it. Know which one happens before you write it.
"""


def appended(items: list, item) -> list:
    """Return a new list: the items followed by item. The caller's list does not change."""
    items += [item]
    return items


def bump_all(counters: list) -> None:
    """Add one to every number in the caller's list, in place (the same list object, changed)."""
    for count in counters:
        count += 1


class Tagged:
    """Something you can tag. Every instance counts its own tag() calls and keeps its own tags."""

    hits = 0  # how many times tag() was called on this instance
    tags = []  # the labels given to this instance, in order

    def tag(self, label: str) -> "Tagged":
        """Record one more call and add label to this instance's tags; return self."""
        self.hits += 1
        self.tags += [label]
        return self
