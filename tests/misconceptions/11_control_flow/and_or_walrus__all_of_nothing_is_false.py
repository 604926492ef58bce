"""Misconception: all([]) is False, because nothing in it is true.

checklist: none
"""


def all_checks_passed(results: list) -> bool:
    return all(results)
