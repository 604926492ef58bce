"""Misconception: run_coroutine_threadsafe and call_soon_threadsafe work from a child process too.

The child has a copy of the loop object (or none at all under spawn): scheduling on it changes
nothing in the parent.

checklist: asyncio.wrong_choice
"""

# The contract test appends this to solutions/17_asyncio/asyncio_dev_quiz.py: the reference answers, with the wrong belief's instead.
PROCESSES_ANSWER = "a"
