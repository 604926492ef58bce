"""Misconception: a full deque with maxlen always drops its oldest item, from the left, whichever end the new one comes in at.

checklist: utility_functions.collections_deque
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
a_full_deque_drops_from_the_other_end.prediction = "['c', 'd', 'e'] c"
