"""Misconception: debug mode changes nothing about the never-awaited warning (or turns it into a log line instead).

checklist: asyncio.debug_mode
"""

# The contract test appends this to solutions/17_asyncio/loop_debug_predictions.py: the reference answers, with the wrong belief's instead.
never_awaited_in_debug_mode.prediction = "1 RuntimeWarning False"
