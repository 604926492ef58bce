"""Misconception: `del handle` frees the file object, and freeing it closes it.

checklist: execution_model.binding_vs_mutation
"""

import weakref


def count_lines(open_file) -> int:
    handle = open_file()
    count = len(handle.readlines())
    del handle
    return count


def first_word(open_file) -> str:
    handle = open_file()
    words = handle.read().split()
    del handle
    return words[0] if words else ""


def watch(obj):
    reference = weakref.ref(obj)  # a weak reference does not count: obj can still be freed
    return lambda: reference() is not None
