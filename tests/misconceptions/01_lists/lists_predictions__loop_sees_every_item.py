"""Misconception: a for loop visits every item, even while items are being removed.

checklist: lists.mutate_while_iterating
"""

# The contract test appends this to solutions/01_lists/lists_predictions.py: the reference answers, with the wrong belief's instead.
remove_while_looping.prediction = "[1, 3]"
