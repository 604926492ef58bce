"""Misconception: a pool lends another worker to a task that waits on a future of the same pool (a full pool deadlocks on itself).

checklist: none
"""

# The contract test appends this to solutions/16_concurrency/threads_predictions.py: the reference answers, with the wrong belief's instead.
pool_waits_on_itself.prediction = "NoneType"
