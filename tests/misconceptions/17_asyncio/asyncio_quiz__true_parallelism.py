"""Misconception: asyncio runs IO-bound tasks in parallel; only CPU-bound work is serialised.

checklist: asyncio.wrong_choice
"""

# The contract test appends this to solutions/17_asyncio/asyncio_quiz.py: the reference answers, with the wrong belief's instead.
PARALLELISM_ANSWER = "c"
