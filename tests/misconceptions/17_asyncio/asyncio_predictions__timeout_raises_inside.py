"""Misconception: asyncio.timeout raises TimeoutError at the await inside its block (inside, it is a CancelledError).

checklist: none
"""

# The contract test appends this to solutions/17_asyncio/asyncio_predictions.py: the reference answers, with the wrong belief's instead.
where_the_timeout_is_caught.prediction = "TimeoutError inside"
