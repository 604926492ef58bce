"""Misconception: `count += 1` on the loop variable changes the number in the list.

It makes a new int and rebinds the loop variable; the list keeps its old ints.

checklist: execution_model.binding_vs_mutation
"""


def appended(items: list, item) -> list:
    return items + [item]


def bump_all(counters: list) -> None:
    for count in counters:
        count += 1  # noqa: B007


class Tagged:
    hits = 0

    def __init__(self):
        self.tags = []

    def tag(self, label: str) -> "Tagged":
        self.hits += 1
        self.tags += [label]
        return self
