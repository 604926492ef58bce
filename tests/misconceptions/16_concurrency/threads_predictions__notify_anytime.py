"""Misconception: notify() may be called without holding the condition's lock (it raises RuntimeError).

checklist: none
"""

# The contract test appends this to solutions/16_concurrency/threads_predictions.py: the reference answers, with the wrong belief's instead.
notify_needs_the_lock.prediction = "notified"
