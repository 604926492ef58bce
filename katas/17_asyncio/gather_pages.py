"""Kata: run coroutines concurrently and keep their results in order.

Task: implement fetch_all.

Awaiting one coroutine after another runs them one after another, however many there
are. To overlap their waits, hand them to the loop together (asyncio.gather, or tasks
created first and awaited afterwards).
"""


async def fetch_all(urls, fetch):
    """Await fetch(url) for every url, all at the same time; return a list of the results in the order of urls.

    fetch is a coroutine function. The same url may appear twice: fetch it twice.
    """
    raise NotImplementedError("fetch_all: run every fetch(url) concurrently, results in the order of urls")
