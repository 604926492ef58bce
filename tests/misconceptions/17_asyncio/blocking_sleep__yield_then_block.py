"""Misconception: one `await asyncio.sleep(0)` before time.sleep makes the coroutine cooperative.

checklist: asyncio.never_block
"""


import time


async def fetch_price(symbol: str, latency: float) -> str:
    await asyncio.sleep(0)  # hands the loop back once, then holds it for the whole latency
    time.sleep(latency)
    return f"{symbol}: 100"


async def poll_until(ready, interval: float, attempts: int) -> bool:
    for _ in range(attempts):
        if ready():
            return True
        await asyncio.sleep(0)
        time.sleep(interval)
    return False
