"""Misconception: Python picks the most specific matching handler, wherever it stands.

checklist: none
"""

# The contract test appends this to solutions/15_error_handling/errors_quiz.py: the reference answers, with the wrong belief's instead.
ORDER_ANSWER = "a"
