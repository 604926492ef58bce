"""Misconception: reverse=True reverses the order of ties too.

checklist: utility_functions.sorted_key
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
reverse_keeps_ties.prediction = "[(2, 'c'), (2, 'a'), (1, 'd'), (1, 'b')]"
