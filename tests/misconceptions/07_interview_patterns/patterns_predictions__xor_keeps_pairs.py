"""Misconception: XOR-ing a number with itself keeps it (like OR), so pairs do not cancel and order matters.

checklist: interview_patterns.xor
"""

# The contract test appends this to solutions/07_interview_patterns/patterns_predictions.py: the reference answers, with the wrong belief's instead.
pairs_cancel_with_xor.prediction = "7 6 6 15"
