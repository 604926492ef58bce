"""Misconception: task.cancel() stops the task there and then (it only asks; the task ends at its next turn, after its cleanup).

checklist: none
"""

import asyncio


async def fetch_or_default(fetch, seconds: float, default):
    task = asyncio.ensure_future(fetch)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if done:
        return task.result()
    task.cancel()  # asked, not waited for: the fetch is still running when this returns
    return default
