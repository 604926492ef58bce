"""Misconception: heapq.nlargest sorts everything and slices, so it is no cheaper than sorted().

checklist: practice_problems.top_k
"""

# The contract test appends this to solutions/06_practice_problems/practice_quiz.py: the reference answers, with the wrong belief's instead.
NLARGEST_ANSWER = "a"
