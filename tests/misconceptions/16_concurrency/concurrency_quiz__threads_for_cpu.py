"""Misconception: threads are lighter, so they are the way to run CPU-intensive Python in parallel.

checklist: concurrency.threading_vs_multiprocessing
"""

# The contract test appends this to solutions/16_concurrency/concurrency_quiz.py: the reference answers, with the wrong belief's instead.
CPU_WORK_ANSWER = "b"
