"""Misconception: the GIL makes `counter += 1` atomic, so shared counters need no lock.

checklist: concurrency.gil
"""

# The contract test appends this to solutions/16_concurrency/concurrency_quiz.py: the reference answers, with the wrong belief's instead.
INCREMENT_ANSWER = "a"
