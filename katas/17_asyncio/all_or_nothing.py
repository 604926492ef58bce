"""Kata: all results, or a clean failure.

Task: implement run_all.

asyncio.gather raises the first exception at once and leaves the other awaitables
running, unwatched. Python 3.11's asyncio.TaskGroup cancels the others and waits for
them before it raises (an ExceptionGroup). Write run_all so it behaves the TaskGroup way,
with asyncio.TaskGroup itself or by hand.
"""


async def run_all(coroutines):
    """Run the coroutines concurrently; return a list of their results in order.

    If one raises an Exception, cancel all the others, wait until they have ended, then raise
    that exception (as it is, or inside an ExceptionGroup as asyncio.TaskGroup raises it).
    """
    raise NotImplementedError("run_all: results in order; on a failure cancel the rest, wait for them, raise")
