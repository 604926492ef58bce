"""Misconception: sorted calls key twice for every comparison.

checklist: utility_functions.sorted_key
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
key_calls.prediction = "20"
