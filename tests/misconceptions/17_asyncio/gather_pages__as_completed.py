"""Misconception: collecting results with asyncio.as_completed keeps them in the order of the inputs.

checklist: none
override: whole
"""

import asyncio


async def fetch_all(urls, fetch):
    results = []
    for next_done in asyncio.as_completed([fetch(url) for url in urls]):
        results.append(await next_done)  # completion order, not the order of urls
    return results
