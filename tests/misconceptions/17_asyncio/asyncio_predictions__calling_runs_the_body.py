"""Misconception: calling a coroutine function runs its body, like calling a plain function.

checklist: none
"""

# The contract test appends this to solutions/17_asyncio/asyncio_predictions.py: the reference answers, with the wrong belief's instead.
calling_is_not_running.prediction = "hello\ncoroutine"
