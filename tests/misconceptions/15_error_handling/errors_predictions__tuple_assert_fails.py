"""Misconception: `assert (condition, "message")` checks the condition (a non-empty tuple is always true).

checklist: error_handling.raise_not_return
"""

# The contract test appends this to solutions/15_error_handling/errors_predictions.py: the reference answers, with the wrong belief's instead.
tuple_assert_never_fails.prediction = AssertionError
