"""Misconception: json.dumps(value, sort_keys=True) is a hashable stand-in for any data.

It is hashable, but it writes 1, 1.0 and true differently although 1 == 1.0 == True, and it turns
every scalar into a string.

checklist: tuples.shallow_immutability
"""

import json


def freeze(value):
    return json.dumps(value, sort_keys=True)
