"""Misconception: parentheses make a tuple, so (7) is a tuple of one item.

checklist: tuples.one_tuple
"""

# The contract test appends this to solutions/02_tuples/tuples_predictions.py: the reference answers, with the wrong belief's instead.
parentheses_or_comma.prediction = "tuple tuple tuple"
