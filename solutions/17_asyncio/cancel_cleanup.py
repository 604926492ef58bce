"""Reference solution for cancel_cleanup.py."""

import asyncio


async def consume(source, handle, log):
    """Handle items until the source runs dry; return how many items were handled."""
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
    finally:
        log.append("closed")


async def fetch_or_default(fetch, seconds: float, default):
    """Await the coroutine `fetch`; if it has not finished after `seconds`, cancel it and return default."""
    limit = asyncio.timeout(seconds)  # on expiry it cancels fetch, waits for it to end, raises TimeoutError
    try:
        async with limit:
            return await fetch
    except TimeoutError:
        if limit.expired():  # our limit ran out; a TimeoutError that fetch raised itself goes on
            return default
        raise
