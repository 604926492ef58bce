"""Misconception: `global` reaches the variable of the enclosing function.

With a module-level total to satisfy it, every accumulator shares one total.

checklist: scope.legb
"""


total = 0


def make_accumulator():
    def add(amount):
        global total
        total += amount
        return total

    return add
