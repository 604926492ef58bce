"""Misconception: `del obj` destroys the object and calls its __del__, like delete in C++.

del removes one reference (a name); __del__ runs when the last reference goes.

checklist: none
"""

# The contract test appends this to solutions/12_object_model/object_model_quiz.py: the reference answers, with the wrong belief's instead.
DEL_ANSWER = "a"
