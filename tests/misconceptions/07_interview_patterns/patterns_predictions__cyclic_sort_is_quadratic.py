"""Misconception: cyclic sort is a sort like any other, so it swaps up to n * (n - 1) / 2 times.

checklist: interview_patterns.cyclic_sort
"""

# The contract test appends this to solutions/07_interview_patterns/patterns_predictions.py: the reference answers, with the wrong belief's instead.
cyclic_sort_swaps.prediction = "[1, 2, 3, 4, 5] 10"
