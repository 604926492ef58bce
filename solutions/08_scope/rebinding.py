"""Reference solution for rebinding.py."""

CALL_COUNT = 0


def record_call() -> int:
    global CALL_COUNT  # rebinding a module-level name needs `global`
    CALL_COUNT += 1
    return CALL_COUNT


def make_counter(start: int = 0):
    count = start

    def counter():
        nonlocal count  # rebinding the enclosing call's variable needs `nonlocal`
        count += 1
        return count

    return counter
