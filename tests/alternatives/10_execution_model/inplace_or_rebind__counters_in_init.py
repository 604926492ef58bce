"""Alternative: both counters move into __init__, and appended/bump_all use unpacking and slice assignment.

Nothing lives on the class, so nothing can be shared; `[*items, item]` builds the new list, and
`counters[:] = ...` replaces the contents of the caller's list in one step.
"""


def appended(items: list, item) -> list:
    return [*items, item]


def bump_all(counters: list) -> None:
    counters[:] = [count + 1 for count in counters]


class Tagged:
    def __init__(self):
        self.hits = 0
        self.tags = []

    def tag(self, label: str) -> "Tagged":
        self.hits += 1
        self.tags.append(label)
        return self
