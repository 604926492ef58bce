"""Kata: cancellation and timeouts.

Task: consume swallows its own cancellation: fix it. Then implement fetch_or_default.

task.cancel() throws asyncio.CancelledError into the task at the await where it waits.
Since Python 3.8 CancelledError derives from BaseException, not Exception, so that
`except Exception` lets it through; a bare `except:` (or `except BaseException`) catches
it, and a task that does not re-raise it keeps running as if nothing had happened.
"""


async def consume(source, handle, log):
    """Handle items until the source runs dry; return how many items were handled.

    - `item = await source.get()`; None means there are no more items.
    - `await handle(item)`; if it raises an Exception, log.append(("failed", item)) and go on.
    - However consume ends (returned, cancelled, failed), log.append("closed") last, exactly once.
    - A cancellation must end the task cancelled: let CancelledError propagate.
    """
    handled, item = 0, None
    try:
        while True:
            try:
                item = await source.get()
                if item is None:
                    return handled
                await handle(item)
                handled += 1
            except:  # noqa: E722
                log.append(("failed", item))
    finally:
        log.append("closed")


async def fetch_or_default(fetch, seconds: float, default):
    """Await the coroutine `fetch`; if it has not finished after `seconds`, cancel it and return default.

    An exception that fetch raises itself propagates, a TimeoutError of its own included (a
    socket timeout is one): only this function's own time limit gives the default. When
    fetch_or_default returns after a timeout, fetch has already ended: it is not left running.
    If fetch, cancelled at the time limit, raises an exception of its own instead of ending
    cancelled (its cleanup failed), that exception propagates too.
    """
    raise NotImplementedError("fetch_or_default: fetch's result, or default when it takes longer than `seconds`")
