"""Kata: at most `limit` jobs at a time.

Task: implement gather_limited.

Starting a thousand requests at once can overload a server or run out of sockets. An
asyncio.Semaphore(limit) lets `limit` holders in at a time: a job waits for a free place
before it starts, and gives the place back when it ends, however it ends.
"""


async def gather_limited(jobs, limit: int):
    """Run the jobs with at most `limit` of them running at any moment; return a list of their results in the order of jobs.

    jobs is a list of coroutine functions taking no argument: `await job()` runs one.
    As soon as a running job finishes, a waiting one starts (no batches). limit >= 1.
    """
    raise NotImplementedError("gather_limited: run every job, never more than `limit` at once, results in order")
