"""Tests for gather_pages.py: every request is open at once; results follow the order of the urls.

The fake server answers a request only when the test tells it to, so concurrency is seen
directly (how many requests are open at once) and the completion order is chosen by the
test, never left to timing.
"""

import asyncio

from dojo.testing import assert_returns, call_kata
from gather_pages import fetch_all


def run(main):
    """Run a test scenario on a fresh event loop; call_kata bounds it, the scenario bounds its own waits."""
    return call_kata(asyncio.run, main)


class Server:
    """fetch(url) waits until the test answers that request; `open` lists the requests still waiting."""

    def __init__(self):
        self.requests = []  # (url, future), in the order fetch was called

    async def fetch(self, url):
        answer = asyncio.get_running_loop().create_future()
        self.requests.append((url, answer))
        return await answer

    def open(self):
        return [url for url, answer in self.requests if not answer.done()]


async def until(condition, seconds=1.0):
    """Let the loop run until condition() holds; False if it still does not after `seconds`."""

    async def wait():
        while not condition():
            await asyncio.sleep(0)

    try:
        await asyncio.wait_for(wait(), seconds)
    except asyncio.TimeoutError:
        return False
    return True


async def fetch_answering(urls, order):
    """Call fetch_all, wait until every request is open, answer them in `order`; return (results, open counts)."""
    server = Server()
    task = asyncio.ensure_future(fetch_all(urls, server.fetch))
    all_open = await until(lambda: len(server.open()) == len(urls) or task.done())
    if task.done():
        return task.result(), len(server.requests)
    if not all_open:
        task.cancel()
        await asyncio.wait({task}, timeout=1.0)
        raise AssertionError(
            f"only {len(server.open())} of {len(urls)} requests were open at once: fetch_all awaits each "
            "fetch before it starts the next, so their waits never overlap. Hand them to the loop together"
        )
    for index in order:
        url, answer = server.requests[index]
        answer.set_result(f"page {url} #{index}")
        await asyncio.sleep(0)
    return await asyncio.wait_for(task, 1.0), len(server.requests)


def test_every_request_is_open_at_once():
    results, calls = run(fetch_answering(["a", "b", "c"], [0, 1, 2]))
    assert calls == 3, f"fetch was called {calls} times for 3 urls"
    assert results == ["page a #0", "page b #1", "page c #2"], f"fetch_all returned {results!r}"
    assert_returns(results, ["page a #0", "page b #1", "page c #2"], 'results')


def test_results_follow_the_urls_not_the_order_of_completion():
    results, _ = run(fetch_answering(["a", "b", "c", "d"], [3, 1, 0, 2]))
    assert results == ["page a #0", "page b #1", "page c #2", "page d #3"], (
        f"fetch_all returned {results!r} when the answers came in the order d, b, a, c: the results must "
        "follow the order of the urls, whatever order the answers arrive in"
    )
    assert_returns(results, ["page a #0", "page b #1", "page c #2", "page d #3"], 'results')


def test_the_same_url_twice_is_fetched_twice():
    results, calls = run(fetch_answering(["a", "a", "b"], [2, 1, 0]))
    assert calls == 3, f"fetch was called {calls} times for ['a', 'a', 'b']: once per entry, duplicates too"
    assert results == ["page a #0", "page a #1", "page b #2"], f"fetch_all returned {results!r}"
    assert_returns(results, ["page a #0", "page a #1", "page b #2"], 'results')


def test_a_list_comes_back_even_for_no_urls():
    results, calls = run(fetch_answering([], []))
    assert results == [] and isinstance(results, list), f"fetch_all([]) should return [], not {results!r}"
    assert calls == 0, "no url, no fetch"


def test_fetches_that_need_no_wait_keep_their_order():
    async def instant(url):
        return url.upper()

    async def main():
        return await asyncio.wait_for(fetch_all(["x", "y", "z"], instant), 1.0)

    results = run(main())
    assert results == ["X", "Y", "Z"], f"fetch_all returned {results!r}"
    assert_returns(results, ["X", "Y", "Z"], 'results')
