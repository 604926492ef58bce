"""Alternative: the task runs a wrapper coroutine that records its own failure and removes itself from RUNNING.

No done callback: the wrapper's except and finally do the bookkeeping. The failure is retrieved
by being caught, and kept in FAILURES; a cancellation (a BaseException) passes through untouched.
"""

import asyncio


async def _watched(coroutine):
    try:
        return await coroutine
    except Exception as error:  # noqa: BLE001
        FAILURES.append(error)  # noqa: F821
        return None
    finally:
        RUNNING.discard(asyncio.current_task())  # noqa: F821


def start_background(coroutine):
    task = asyncio.create_task(_watched(coroutine))
    RUNNING.add(task)  # noqa: F821
    return task
