"""Misconception: a process pool can be sent any function, a lambda included.

checklist: concurrency.threading_vs_multiprocessing
"""

# The contract test appends this to solutions/16_concurrency/threads_predictions.py: the reference answers, with the wrong belief's instead.
what_a_pool_can_send.prediction = "True True True"
