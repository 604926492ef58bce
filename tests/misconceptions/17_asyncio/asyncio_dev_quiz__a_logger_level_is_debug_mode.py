"""Misconception: setting the asyncio logger to DEBUG is how you turn on asyncio's debug mode.

It only lets more of the logger's messages through; the loop runs no debug checks, times no
steps and reports no slow ones unless debug mode itself is on.

checklist: asyncio.debug_mode
"""

# The contract test appends this to solutions/17_asyncio/asyncio_dev_quiz.py: the reference answers, with the wrong belief's instead.
DEBUG_MODE_ANSWER = "d"
