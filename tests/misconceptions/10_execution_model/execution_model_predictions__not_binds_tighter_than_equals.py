"""Misconception: `not x == y` means `(not x) == y`.

checklist: execution_model.is_vs_eq
"""

not_binds_looser_than_equals.prediction = "False False"
