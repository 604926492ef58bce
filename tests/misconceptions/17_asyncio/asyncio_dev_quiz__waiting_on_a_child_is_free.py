"""Misconception: waiting for a child process costs the loop nothing, so subprocess.run is fine in a coroutine.

checklist: asyncio.never_block
"""

# The contract test appends this to solutions/17_asyncio/asyncio_dev_quiz.py: the reference answers, with the wrong belief's instead.
SUBPROCESS_ANSWER = "b"
