"""Misconception: a plain @dataclass generates __hash__ from its fields, so instances are set members.

checklist: object_model.hashability
"""

# The contract test appends this to solutions/12_object_model/object_model_quiz.py: the reference answers, with the wrong belief's instead.
DATACLASS_HASH_ANSWER = "a"
