"""Misconception: `record[1] += ["ops"]` raised TypeError, so the record is unchanged.

checklist: tuples.augmented_item
"""

# The contract test appends this to solutions/02_tuples/tuples_predictions.py: the reference answers, with the wrong belief's instead.
augmented_item_assignment.prediction = "TypeError\n('ada', ['admin'])"
