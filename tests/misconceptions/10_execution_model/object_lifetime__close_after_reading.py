"""Misconception: calling close() after reading is enough; with only saves a line.

checklist: execution_model.binding_vs_mutation
"""

import weakref


def count_lines(open_file) -> int:
    handle = open_file()
    count = len(handle.readlines())
    handle.close()
    return count


def first_word(open_file) -> str:
    handle = open_file()
    words = handle.read().split()
    handle.close()
    return words[0] if words else ""


def watch(obj):
    reference = weakref.ref(obj)  # a weak reference does not count: obj can still be freed
    return lambda: reference() is not None
