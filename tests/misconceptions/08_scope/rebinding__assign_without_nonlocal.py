"""Misconception: a nested function can rebind its enclosing function's variable by assigning to it.

checklist: scope.legb
"""

CALL_COUNT = 0


def record_call() -> int:
    global CALL_COUNT
    CALL_COUNT += 1
    return CALL_COUNT


def make_counter(start: int = 0):
    count = start

    def counter():
        count = count + 1
        return count

    return counter
