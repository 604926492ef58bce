"""Misconception: remembering an object in a closure does not keep it alive.

checklist: execution_model.binding_vs_mutation
"""


import weakref


def count_lines(open_file) -> int:
    with open_file() as handle:  # closed on leaving the block, by return or by exception
        return len(handle.readlines())


def first_word(open_file) -> str:
    with open_file() as handle:
        words = handle.read().split()
    return words[0] if words else ""


def watch(obj):
    return lambda: obj is not None
