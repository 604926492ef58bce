"""Reference solution for gather_pages.py."""

import asyncio


async def fetch_all(urls, fetch):
    """Await fetch(url) for every url, all at the same time; return the results in the order of urls."""
    return list(await asyncio.gather(*(fetch(url) for url in urls)))
