"""Misconception: a slice whose bounds lie outside the list raises IndexError, as an index does.

checklist: lists.shallow_slices
"""

# The contract test appends this to solutions/01_lists/lists_predictions.py: the reference answers, with the wrong belief's instead.
slice_bounds.prediction = IndexError
