"""Misconception: a process pool replaces a dead worker and runs its call again, like a supervisor would.

checklist: concurrency.primitives
"""

# The contract test appends this to solutions/16_concurrency/futures_quiz.py: the reference answers, with the wrong belief's instead.
BROKEN_POOL_ANSWER = "a"
