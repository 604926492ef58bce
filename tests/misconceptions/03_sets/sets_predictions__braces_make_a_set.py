"""Misconception: `{}` is an empty set, as `{1}` is a set of one.

checklist: sets.empty_braces
"""

# The contract test appends this to solutions/03_sets/sets_predictions.py: the reference answers, with the wrong belief's instead.
empty_braces.prediction = "set set set"
