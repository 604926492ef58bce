"""Misconception: sorted(..., reverse=True) is sorted(...)[::-1], so ties come out reversed.

checklist: utility_functions.sorted_key
"""

# The contract test appends this to solutions/05_utility_functions/toolbox_quiz.py: the reference answers, with the wrong belief's instead.
REVERSE_ANSWER = "a"
