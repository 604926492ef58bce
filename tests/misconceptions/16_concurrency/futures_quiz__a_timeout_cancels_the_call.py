"""Misconception: a timeout on future.result() cancels the call, and the worker moves on.

checklist: concurrency.primitives
"""

# The contract test appends this to solutions/16_concurrency/futures_quiz.py: the reference answers, with the wrong belief's instead.
RESULT_TIMEOUT_ANSWER = "a"
