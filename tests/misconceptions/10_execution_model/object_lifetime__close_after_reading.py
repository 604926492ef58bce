"""Misconception: calling close() after reading is enough; with only saves a line.

checklist: execution_model.binding_vs_mutation
"""


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
