"""Misconception: once a timeout has passed, the slow operation stops by itself.

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
    finally:
        log.append("closed")


async def fetch_or_default(fetch, seconds: float, default):
    task = asyncio.ensure_future(fetch)
    done, _ = await asyncio.wait({task}, timeout=seconds)  # asyncio.wait never cancels what is still pending
    return task.result() if done else default
