"""Alternative: fetch runs as a task; asyncio.wait with a timeout, then cancel it and wait for it to end.

No TimeoutError is involved at all, so one that fetch raises itself comes out of task.result().
consume handles each item in its own try, with the cleanup in finally.
"""

import asyncio


async def consume(source, handle, log):
    handled = 0
    try:
        while (item := await source.get()) is not None:
            try:
                await handle(item)
            except Exception:  # noqa: BLE001
                log.append(("failed", item))
            else:
                handled += 1
        return handled
    finally:
        log.append("closed")


async def fetch_or_default(fetch, seconds: float, default):
    task = asyncio.ensure_future(fetch)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if task in done:
        return task.result()
    task.cancel()
    await asyncio.wait({task})  # wait until it has ended; our own cancellation still reaches us here
    if not task.cancelled():
        task.result()  # fetch raised while it was being cancelled: its own error propagates
    return default
