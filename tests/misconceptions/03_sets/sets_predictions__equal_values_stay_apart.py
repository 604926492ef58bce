"""Misconception: 1, 1.0 and True are different values, so a set keeps all three.

checklist: sets.hashable_elements
"""

# The contract test appends this to solutions/03_sets/sets_predictions.py: the reference answers, with the wrong belief's instead.
one_one_point_oh_true.prediction = "{1, 1.0, True} 4"
