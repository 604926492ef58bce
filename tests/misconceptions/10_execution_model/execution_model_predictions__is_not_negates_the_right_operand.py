"""Misconception: `x is not y` means `x is (not y)`.

checklist: execution_model.is_vs_eq
"""

is_not_is_one_operator.prediction = "False False"
