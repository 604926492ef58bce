"""Misconception: since Python 3.14 any handler may list its types without parentheses (PEP 758 allows it only without `as`).

checklist: none
"""

# The contract test appends this to solutions/15_error_handling/errors_predictions.py: the reference answers, with the wrong belief's instead.
except_comma_with_as.prediction = "compiled"
