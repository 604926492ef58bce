"""Misconception: g.hello is a method object stored once, so g.hello is g.hello.

Each read runs the function's __get__ and builds a new bound method: equal (same __self__, same
__func__), never identical. That is why a weakref.ref to it dies at once.

checklist: none
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
bound_method_identity.prediction = "True True True True"
