"""Misconception: two-sum with a dict runs in O(n) time and O(1) extra space.

The dict of values seen grows with the input: O(n) extra space is the price of O(n) time.

checklist: practice_problems.two_sum
"""

# The contract test appends this to solutions/06_practice_problems/practice_quiz.py: the reference answers, with the wrong belief's instead.
TWO_SUM_ANSWER = "a"
