"""Misconception: join(timeout=...) raises TimeoutError when the thread is still running, as Future.result does.

checklist: concurrency.primitives
"""

# The contract test appends this to solutions/16_concurrency/thread_api_predictions.py: the reference answers, with the wrong belief's instead.
join_with_a_timeout.prediction = TimeoutError
