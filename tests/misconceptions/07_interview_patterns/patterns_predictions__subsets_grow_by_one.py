"""Misconception: each new item adds one subset (or n subsets), not a copy of every subset so far.

checklist: interview_patterns.backtracking
"""

# The contract test appends this to solutions/07_interview_patterns/patterns_predictions.py: the reference answers, with the wrong belief's instead.
subsets_double_each_time.prediction = "4 ['c'] ['a', 'b', 'c']"
