"""Misconception: `in d.values()` is a hash lookup, like `in d`.

Only the keys are hashed. The values view has no index: `in` compares the value with each
value in turn, O(n), and never calls hash().

checklist: practice_problems.two_sum
"""

# The contract test appends this to solutions/06_practice_problems/practice_predictions.py: the reference answers, with the wrong belief's instead.
membership_in_dict_values.prediction = "True 1 1"
