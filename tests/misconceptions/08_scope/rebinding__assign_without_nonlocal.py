"""Misconception: a nested function can rebind its enclosing function's variable by assigning to it.

checklist: scope.legb
"""


def make_counter(start: int = 0):
    count = start

    def counter():
        count = count + 1
        return count

    return counter
