"""Reference solution for all_or_nothing.py."""

import asyncio


async def run_all(coroutines):
    """Run the coroutines concurrently; return their results in order; on a failure cancel the rest and raise."""
    tasks = [asyncio.ensure_future(coroutine) for coroutine in coroutines]
    if not tasks:
        return []
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for task in tasks:
            task.cancel()  # a no-op for the tasks that are done
        await asyncio.gather(*tasks, return_exceptions=True)
    failed = [task for task in tasks if not task.cancelled() and task.exception() is not None]
    if failed:
        raise failed[0].exception()
    return [task.result() for task in tasks]
