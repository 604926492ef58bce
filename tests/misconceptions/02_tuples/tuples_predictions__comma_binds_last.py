"""Misconception: `1, 2 == (1, 2)` compares the tuple (1, 2) with (1, 2).

checklist: tuples.one_tuple
"""

# The contract test appends this to solutions/02_tuples/tuples_predictions.py: the reference answers, with the wrong belief's instead.
comma_binds_loosest.prediction = "True"
