"""Misconception: a class attribute `tags = []` is a default each instance gets a copy of, like `hits = 0`.

`self.hits += 1` rebinds on the instance, but `self.tags += [...]` extends the one list on the class.

checklist: execution_model.binding_vs_mutation
"""


class Tagged:
    hits = 0
    tags = []

    def tag(self, label: str) -> "Tagged":
        self.hits += 1
        self.tags += [label]
        return self
