"""Misconception: asyncio.gather cancels the other awaitables when one of them fails.

checklist: none
"""


async def run_all(coroutines):
    return list(await asyncio.gather(*coroutines))  # raises at once; the others keep running
