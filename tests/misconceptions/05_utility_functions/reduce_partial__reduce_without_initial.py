"""Misconception: reduce() handles empty input by itself.

checklist: utility_functions.itertools_functools
"""


def product(numbers):
    return reduce(mul, numbers)
