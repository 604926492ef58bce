"""Misconception: an exception of a task nobody awaits simply disappears, without a word.

checklist: asyncio.debug_mode
"""

# The contract test appends this to solutions/17_asyncio/loop_debug_predictions.py: the reference answers, with the wrong belief's instead.
a_failure_nobody_retrieves.prediction = "main ends"
