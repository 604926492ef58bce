"""Misconception: every TimeoutError under asyncio.wait_for means the time limit ran out (fetch may raise one itself).

checklist: none
"""

import asyncio


async def fetch_or_default(fetch, seconds: float, default):
    try:
        return await asyncio.wait_for(fetch, seconds)
    except TimeoutError:  # also catches a TimeoutError that fetch raised on its own
        return default
