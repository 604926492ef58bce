"""Kata: a coroutine that blocks the event loop.

Task: fetch_price and poll_until work, and freeze every other task while they wait. Fix
them so that they wait without blocking the loop.

The loop runs one callback at a time on one thread. A coroutine that calls a blocking
function holds that thread until the function returns: no other task, timer or callback
runs meanwhile. `async def` does not change that; only awaiting something that waits does.
"""

import time


async def fetch_price(symbol: str, latency: float) -> str:
    """Pretend to ask a slow server: wait `latency` seconds, then return f"{symbol}: 100"."""
    time.sleep(latency)
    return f"{symbol}: 100"


async def poll_until(ready, interval: float, attempts: int) -> bool:
    """Call ready() up to `attempts` times, waiting `interval` seconds after each False.

    Return True as soon as ready() returns True, and False once every attempt said False.
    """
    for _ in range(attempts):
        if ready():
            return True
        time.sleep(interval)
    return False
