"""Misconception: sorting ascending and reversing the result is the same as reverse=True.

Reversing afterwards also reverses the order of every tie.

checklist: utility_functions.sorted_key
"""


def newest_first(events):
    return sorted(events, key=lambda event: event[0])[::-1]
