"""Reference solution for object_lifetime.py."""

import weakref


def count_lines(open_file) -> int:
    with open_file() as handle:  # closed on leaving the block, by return or by exception
        return len(handle.readlines())


def first_word(open_file) -> str:
    with open_file() as handle:
        words = handle.read().split()
    return words[0] if words else ""


def watch(obj):
    reference = weakref.ref(obj)  # a weak reference does not count: obj can still be freed
    return lambda: reference() is not None
