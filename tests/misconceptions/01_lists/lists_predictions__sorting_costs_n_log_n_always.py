"""Misconception: sorting costs n log n comparisons whatever the input, sorted or not.

checklist: lists.sort_vs_sorted
"""

# The contract test appends this to solutions/01_lists/lists_predictions.py: the reference answers, with the wrong belief's instead.
sorting_what_is_already_sorted.prediction = "9966\n9966\nTrue"
