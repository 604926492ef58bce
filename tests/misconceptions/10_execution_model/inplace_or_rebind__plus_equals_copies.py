"""Misconception: `items += [item]` means `items = items + [item]`, so it makes a new list.

For a list, += extends the list in place: the caller's list changes.

checklist: execution_model.binding_vs_mutation
"""


def appended(items: list, item) -> list:
    items += [item]
    return items


def bump_all(counters: list) -> None:
    for position, count in enumerate(counters):
        counters[position] = count + 1


class Tagged:
    hits = 0

    def __init__(self):
        self.tags = []

    def tag(self, label: str) -> "Tagged":
        self.hits += 1
        self.tags += [label]
        return self
