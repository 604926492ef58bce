"""Misconception: defining __eq__ leaves the identity hash inherited from object in place.

checklist: object_model.eq_hash
"""

# The contract test appends this to solutions/12_object_model/object_model_quiz.py: the reference answers, with the wrong belief's instead.
EQ_OVERRIDE_ANSWER = "a"
