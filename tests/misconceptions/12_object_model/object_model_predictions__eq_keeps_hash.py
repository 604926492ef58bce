"""Misconception: a class that defines only __eq__ still hashes (by identity), so its objects go in sets.

checklist: object_model.eq_hash
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
eq_without_hash.prediction = "1"
