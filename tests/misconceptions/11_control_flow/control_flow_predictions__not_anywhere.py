"""Misconception: `not` can stand after `==`, so `1 == not 2` compiles like `1 == (not 2)`.

checklist: none
"""

not_after_equals.prediction = "True"
