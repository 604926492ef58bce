"""Misconception: in `i = items[i] = 1` the targets are assigned right to left, like `i = (items[i] = 1)` in C.

checklist: execution_model.binding_vs_mutation
"""

chained_targets_left_to_right.prediction = "1 [1, 20]"
