"""Misconception: a coroutine that takes long blocks the loop, so timing the whole run finds the blocking.

A coroutine that awaits asyncio.sleep for half a second takes long and blocks nothing: the loop
runs other work while it waits. Only the time of each step, between two awaits, tells.

checklist: asyncio.debug_mode
"""

import asyncio
import time


def diagnose(coroutine, slow: float) -> list[str]:
    started = time.monotonic()
    asyncio.run(coroutine)
    took = time.monotonic() - started
    return [f"Executing {coroutine!r} took {took:.3f} seconds"] if took > slow else []
