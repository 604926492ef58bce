"""Alternative: `limit` worker tasks pull (index, job) pairs from an asyncio.Queue; results land at their index.

A fixed pool of workers bounds concurrency without a semaphore; a worker starts the next job as soon as one ends.
"""

import asyncio


async def gather_limited(jobs, limit: int):
    jobs = list(jobs)
    results: list = [None] * len(jobs)
    queue: asyncio.Queue = asyncio.Queue()
    for pair in enumerate(jobs):
        queue.put_nowait(pair)

    async def worker():
        while not queue.empty():
            index, job = queue.get_nowait()
            results[index] = await job()

    async with asyncio.TaskGroup() as group:
        for _ in range(min(limit, len(jobs))):
            group.create_task(worker())
    return results
