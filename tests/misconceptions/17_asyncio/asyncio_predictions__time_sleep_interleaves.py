"""Misconception: inside async def, time.sleep lets the other coroutines run, like asyncio.sleep.

checklist: asyncio.never_block
"""

# The contract test appends this to solutions/17_asyncio/asyncio_predictions.py: the reference answers, with the wrong belief's instead.
time_sleep_in_a_coroutine.prediction = "['a starts', 'b starts', 'a ends', 'b ends']"
