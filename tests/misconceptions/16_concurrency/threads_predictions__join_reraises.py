"""Misconception: join() re-raises the exception that ended the thread, like Future.result() does.

checklist: none
"""

# The contract test appends this to solutions/16_concurrency/threads_predictions.py: the reference answers, with the wrong belief's instead.
join_does_not_reraise.prediction = ValueError
