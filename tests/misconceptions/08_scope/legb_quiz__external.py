"""Misconception: the E in LEGB stands for External.

checklist: scope.legb
"""

# The contract test appends this to solutions/08_scope/legb_quiz.py: the reference answers, with the wrong belief's instead.
LEGB_ANSWER = "b"
