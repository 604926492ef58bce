"""Misconception: declaring `global LIMIT` is the fix for clamp_all's UnboundLocalError.

It silences the error and changes the module's LIMIT for every later call.

checklist: scope.legb
"""


def clamp_all(values):
    global LIMIT
    if values and values[0] < 0:
        LIMIT = -values[0]
        values = values[1:]
    return [min(value, LIMIT) for value in values]
