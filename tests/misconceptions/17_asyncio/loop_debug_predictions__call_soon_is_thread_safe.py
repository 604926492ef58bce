"""Misconception: loop.call_soon may be called from any thread; debug mode only adds log messages.

checklist: asyncio.debug_mode
"""

# The contract test appends this to solutions/17_asyncio/loop_debug_predictions.py: the reference answers, with the wrong belief's instead.
call_soon_from_another_thread.prediction = "scheduled"
