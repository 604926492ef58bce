"""Misconception: compose(f, g) applies f first, in reading order.

checklist: utility_functions.itertools_functools
"""


def compose(*functions):
    return reduce(lambda first, then: lambda x: then(first(x)), functions, _identity)
