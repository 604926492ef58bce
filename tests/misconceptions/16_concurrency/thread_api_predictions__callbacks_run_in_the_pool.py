"""Misconception: a done callback always runs in the pool's worker thread, later, like the call itself.

checklist: concurrency.primitives
"""

# The contract test appends this to solutions/16_concurrency/thread_api_predictions.py: the reference answers, with the wrong belief's instead.
a_callback_on_a_finished_future.prediction = "added\ncallback in worker_0"
