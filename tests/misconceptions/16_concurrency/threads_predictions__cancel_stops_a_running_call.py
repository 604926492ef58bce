"""Misconception: future.cancel() stops a call that is already running (it cancels only calls still waiting in the queue).

checklist: none
"""

# The contract test appends this to solutions/16_concurrency/threads_predictions.py: the reference answers, with the wrong belief's instead.
cancel_only_what_waits.prediction = "True True\nTrue True"
