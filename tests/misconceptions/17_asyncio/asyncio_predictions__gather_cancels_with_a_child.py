"""Misconception: cancelling one child of gather cancels the gather and its other children (the awaiter gets CancelledError; the rest runs on).

checklist: none
"""

# The contract test appends this to solutions/17_asyncio/asyncio_predictions.py: the reference answers, with the wrong belief's instead.
cancel_one_child_of_gather.prediction = "CancelledError\nTrue True CancelledError"
