"""Misconception: groupby collects all equal keys into one group.

checklist: utility_functions.itertools_functools
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
groupby_unsorted.prediction = "['a', 'b']"
