"""Alternative: one task per url in an asyncio.TaskGroup, results read in the order of the urls.

The tasks start together; the group waits for all of them (and cancels the rest if one fails).
"""

import asyncio


async def fetch_all(urls, fetch):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch(url)) for url in urls]
    return [task.result() for task in tasks]
