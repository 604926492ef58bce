"""Reference solution for bounded_gather.py."""

import asyncio


async def gather_limited(jobs, limit: int):
    """Run the jobs with at most `limit` of them running at any moment; return their results in the order of jobs."""
    places = asyncio.Semaphore(limit)

    async def limited(job):
        async with places:
            return await job()

    return list(await asyncio.gather(*(limited(job) for job in jobs)))
