"""Misconception: each job taking a semaphore of its own limits how many run together.

checklist: none
"""


async def gather_limited(jobs, limit: int):
    async def limited(job):
        async with asyncio.Semaphore(limit):  # a new semaphore per job: every job gets in
            return await job()

    return list(await asyncio.gather(*(limited(job) for job in jobs)))
