"""Misconception: a task's exception surfaces when the pool shuts down (it waits in the future until result() asks for it).

checklist: none
"""

# The contract test appends this to solutions/16_concurrency/threads_predictions.py: the reference answers, with the wrong belief's instead.
result_reraises.prediction = "submitted\nValueError"
