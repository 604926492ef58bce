"""Misconception: awaiting each coroutine in a loop inside `async def` runs them concurrently.

checklist: none
"""


async def fetch_all(urls, fetch):
    return [await fetch(url) for url in urls]  # each await finishes before the next fetch starts
