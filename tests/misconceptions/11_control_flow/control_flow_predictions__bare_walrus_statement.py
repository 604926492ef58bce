"""Misconception: `a := 1` on its own is a valid statement, the same as `a = 1`.

checklist: none
"""

walrus_as_a_statement.prediction = "1"
