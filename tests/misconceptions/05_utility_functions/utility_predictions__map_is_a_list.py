"""Misconception: a map object can be summed twice, like the list it looks like.

checklist: utility_functions.one_shot_iterators
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
map_twice.prediction = "14 14"
