"""Misconception: task.cancel() stops the task at once, so there is nothing to wait for after it.

checklist: none
"""


async def run_all(coroutines):
    tasks = [asyncio.ensure_future(coroutine) for coroutine in coroutines]
    try:
        return list(await asyncio.gather(*tasks))
    except Exception:
        for task in tasks:
            task.cancel()  # only a request: each task ends at its next await, after its cleanup
        raise
