"""Misconception: running the jobs in batches of `limit` with gather is the same as limiting them.

checklist: none
"""


async def gather_limited(jobs, limit: int):
    results = []
    for start in range(0, len(jobs), limit):
        batch = jobs[start:start + limit]
        results.extend(await asyncio.gather(*(job() for job in batch)))  # one slow job holds the whole batch
    return results
