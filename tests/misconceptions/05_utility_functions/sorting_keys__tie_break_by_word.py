"""Misconception: a second key is needed to make ties come out in a fixed order.

The sort is stable already: the extra key reorders the ties alphabetically instead of keeping their order.

checklist: utility_functions.sorted_key
"""


def by_length(words):
    return sorted(words, key=lambda word: (len(word), word))
