"""Misconception: asyncio.wait(..., timeout=) cancels what has not finished (it only reports it as pending).

checklist: none
"""

# The contract test appends this to solutions/17_asyncio/asyncio_predictions.py: the reference answers, with the wrong belief's instead.
wait_cancels_nothing.prediction = "0 1 True"
