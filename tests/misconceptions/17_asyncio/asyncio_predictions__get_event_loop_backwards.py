"""Misconception: the version change went the other way round (get_event_loop() with no loop makes one on 3.11-3.13, raises RuntimeError from 3.14).

checklist: none
"""

# The contract test appends this to solutions/17_asyncio/asyncio_predictions.py: the reference answers, with the wrong belief's instead.
get_event_loop_with_no_loop.prediction = "a new loop" if sys.version_info >= (3, 14) else "RuntimeError"
