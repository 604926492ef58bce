"""Misconception: a thread runs a coroutine with asyncio.run (that starts a second event loop, in this thread, not `loop`).

checklist: none
"""

import asyncio


def call_from_thread(loop, coroutine_function, *args, timeout: float):
    async def limited():
        async with asyncio.timeout(timeout):
            return await coroutine_function(*args)

    return asyncio.run(limited())
