"""Misconception: `a < b == c` is `(a < b) == c`, grouped from the left like arithmetic.

checklist: none
"""

chained_comparisons.prediction = "True False False"
