"""Misconception: `x in container` is true exactly when some item == x.

Containers compare by identity first, then with ==: the very same nan object is found in a
list although nan != nan, and two lists holding it compare equal; a different nan is not found.

checklist: object_model.eq_hash
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
nan_in_a_list.prediction = "False False False False"
