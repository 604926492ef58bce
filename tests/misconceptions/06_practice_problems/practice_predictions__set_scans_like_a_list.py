"""Misconception: `in` on a set compares the value with the elements one by one, like a list.

A set hashes the value once and compares it only with what sits at that hash.

checklist: practice_problems.two_sum
"""

# The contract test appends this to solutions/06_practice_problems/practice_predictions.py: the reference answers, with the wrong belief's instead.
membership_in_a_set.prediction = "True 1 7"
