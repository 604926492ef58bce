"""Misconception: building the list of negatives and testing it is as good as any().

The list reads the whole input, which never ends.

checklist: utility_functions.any_all
"""


def has_negative(numbers):
    return len([number for number in numbers if number < 0]) > 0
