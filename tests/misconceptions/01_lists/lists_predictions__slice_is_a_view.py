"""Misconception: a slice is a view of the list (as in NumPy), so taking one copies nothing.

checklist: lists.shallow_slices
"""

# The contract test appends this to solutions/01_lists/lists_predictions.py: the reference answers, with the wrong belief's instead.
a_slice_copies_its_references.prediction = "0 200"
