"""Misconception: releasing a semaphore more often than it was acquired is harmless, whichever kind it is.

checklist: concurrency.primitives
"""

# The contract test appends this to solutions/16_concurrency/thread_api_predictions.py: the reference answers, with the wrong belief's instead.
bounded_semaphore_counts_releases.prediction = "True True"
