"""Misconception: equal sets iterate in the same order, so their lists compare equal.

checklist: sets.no_order
"""

# The contract test appends this to solutions/03_sets/sets_predictions.py: the reference answers, with the wrong belief's instead.
equal_sets_iterate_differently.prediction = "True True"
