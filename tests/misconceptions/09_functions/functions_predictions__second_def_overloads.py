"""Misconception: a second def with other parameters adds an overload; Python picks the one that fits the call.

checklist: none
"""

second_def_replaces_the_first.prediction = "12 6\n12"
