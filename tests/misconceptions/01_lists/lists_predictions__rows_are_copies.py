"""Misconception: `[[0] * 2] * 2` makes two separate rows, so changing one cell changes one row.

checklist: lists.repeat_aliasing
"""

# The contract test appends this to solutions/01_lists/lists_predictions.py: the reference answers, with the wrong belief's instead.
repeated_rows.prediction = "[[1, 0], [0, 0]]"
