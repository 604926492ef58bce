"""Misconception: a filter object that will produce nothing is falsy.

checklist: utility_functions.one_shot_iterators
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
empty_filter_is_truthy.prediction = "none []"
