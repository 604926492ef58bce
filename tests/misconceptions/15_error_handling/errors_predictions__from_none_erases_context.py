"""Misconception: `raise ... from None` erases the original exception (it only hides it: __context__ is still set).

checklist: none
"""

# The contract test appends this to solutions/15_error_handling/errors_predictions.py: the reference answers, with the wrong belief's instead.
from_none_keeps_the_context.prediction = "None True None"
