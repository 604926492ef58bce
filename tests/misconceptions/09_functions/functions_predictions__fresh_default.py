"""Misconception: `lst=[]` gives every call a new empty list.

checklist: functions.mutable_defaults
"""

# The contract test appends this to solutions/09_functions/functions_predictions.py: the reference answers, with the wrong belief's instead.
mutable_default.prediction = "[1]\n[2]\n[3]\n[4]"
one_object.prediction = "False ['a'] ([],)"
default_evaluated_once.prediction = "1 2 3 3"
