"""Misconception: a tuple cannot change in any way, so every tuple is hashable.

checklist: tuples.shallow_immutability
"""

# The contract test appends this to solutions/02_tuples/tuples_quiz.py: the reference answers, with the wrong belief's instead.
SHALLOW_ANSWER = "a"
