"""Misconception: an alias made earlier follows the name to the newer function.

checklist: none
"""

second_def_replaces_the_first.prediction = TypeError
