"""Reference solution for blocking_sleep.py."""

import asyncio


async def fetch_price(symbol: str, latency: float) -> str:
    """Pretend to ask a slow server: wait `latency` seconds, then return f"{symbol}: 100"."""
    await asyncio.sleep(latency)
    return f"{symbol}: 100"


async def poll_until(ready, interval: float, attempts: int) -> bool:
    """Call ready() up to `attempts` times, waiting `interval` seconds after each False."""
    for _ in range(attempts):
        if ready():
            return True
        await asyncio.sleep(interval)
    return False
