"""Misconception: del obj destroys the object and runs its __del__ at once.

del removes a name. The object lives while any reference remains (second still refers to
it); CPython runs __del__ when the last reference goes, here at del second.

checklist: none
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
del_removes_a_name.prediction = "freed\nafter del first\nafter del second"
