"""Alternative: the waits are waits on an asyncio.Event that nobody sets, bounded by asyncio.timeout.

Any await that suspends hands the loop back; asyncio.sleep is the simplest, this one shows it is not the only one.
"""

import asyncio
import contextlib


async def _pause(seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await asyncio.Event().wait()


async def fetch_price(symbol: str, latency: float) -> str:
    await _pause(latency)
    return f"{symbol}: 100"


async def poll_until(ready, interval: float, attempts: int) -> bool:
    for _ in range(attempts):
        if ready():
            return True
        await _pause(interval)
    return False
