"""Misconception: any greedy order books as many meetings: the earliest start first is as good as the earliest end first.

checklist: interview_patterns.greedy
"""

# The contract test appends this to solutions/07_interview_patterns/patterns_predictions.py: the reference answers, with the wrong belief's instead.
greedy_by_start_or_by_end.prediction = "3 3"
