"""Misconception: `del handle` frees the file object, and freeing it closes it.

checklist: execution_model.binding_vs_mutation
"""


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
