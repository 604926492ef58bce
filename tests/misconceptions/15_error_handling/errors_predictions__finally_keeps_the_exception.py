"""Misconception: an exception raised in `try` still escapes when `finally` returns (the return discards it; 3.14 warns about exactly this, PEP 765).

checklist: none
"""

# The contract test appends this to solutions/15_error_handling/errors_predictions.py: the reference answers, with the wrong belief's instead.
return_in_finally.prediction = ValueError
