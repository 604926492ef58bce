"""Alternative: asyncio.TaskGroup (3.11+) does it: on a failure it cancels the rest, waits, and raises an ExceptionGroup.

The kata accepts the failure inside the group as TaskGroup raises it.
"""

import asyncio


async def run_all(coroutines):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(coroutine) for coroutine in coroutines]
    return [task.result() for task in tasks]
