"""Misconception: with Kahn's algorithm, every package left waiting lies on the cycle.

A package that depends on a cycle waits forever too, without being on it.

checklist: interview_patterns.topological_sort
"""

# The contract test appends this to solutions/07_interview_patterns/patterns_quiz.py: the reference answers, with the wrong belief's instead.
KAHN_ANSWER = "d"
