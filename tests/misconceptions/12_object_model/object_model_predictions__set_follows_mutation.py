"""Misconception: a set finds an object by looking at it now, so mutating a member is harmless.

The set filed the object under the hash it had when it was added; after the mutation, neither
the object nor an object equal to its old value finds it.

checklist: object_model.hashability
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
lost_key.prediction = "True False True"
