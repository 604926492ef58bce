"""Misconception: catching CancelledError and returning is a clean way for a task to shut down.

checklist: none
"""


async def consume(source, handle, log):
    handled = 0
    try:
        while True:
            item = await source.get()
            if item is None:
                return handled
            try:
                await handle(item)
                handled += 1
            except Exception:
                log.append(("failed", item))
    except asyncio.CancelledError:
        return handled  # the task now ends "successfully": whoever cancelled it cannot tell
    finally:
        log.append("closed")


async def fetch_or_default(fetch, seconds: float, default):
    try:
        return await asyncio.wait_for(fetch, seconds)
    except asyncio.TimeoutError:
        return default
