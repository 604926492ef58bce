"""Tests for io_overlap.py: overlapping waits are shown by events and barriers, never by a stopwatch.

A fake fetch waits at a threading.Barrier: it gets through only when enough fetches are
waiting at the same moment, which is what "the waits overlap" means. A fetch called in the
thread that called fetch_all fails at once (nothing else can run while that thread waits);
fetches that never fill the barrier for another reason fail when its timeout runs out.
"""

import threading

import pytest

from dojo.testing import call_kata, kata_raises
from io_overlap import fetch_all

BOUND = 1.0  # seconds a fake fetch waits for the others before the test calls the waits sequential


class NotOverlapping(Exception):
    """A fake fetch waited in vain for other fetches to be waiting at the same time."""


class FakeNetwork:
    """fetch(url) waits until `together` fetches are waiting at once, then returns "page of <url>"."""

    def __init__(self, together: int, failing: str | None = None):
        self.barrier = threading.Barrier(together, timeout=BOUND)
        self.together = together
        self.failing = failing
        self.lock = threading.Lock()
        self.threads: list = []
        self.in_flight = 0
        self.caller = None

    def __repr__(self):
        return f"FakeNetwork(together={self.together})"

    def fetch(self, url):
        _not_in_the_caller(self.caller, url)
        with self.lock:
            self.threads.append(threading.current_thread())
            self.in_flight += 1
            waiting = self.in_flight
        try:
            self.barrier.wait()
        except threading.BrokenBarrierError:
            raise NotOverlapping(
                f"fetch({url!r}) waited {BOUND:g} s for {self.together} fetches to be waiting at once; at most "
                f"{waiting} of them waiting together: the calls ran one after another, not in threads at the same time"
            ) from None
        finally:
            with self.lock:
                self.in_flight -= 1
        if url == self.failing:
            raise ConnectionError(f"{url} is unreachable")
        return f"page of {url}"


def _not_in_the_caller(caller, url):
    if threading.current_thread() is caller:
        raise NotOverlapping(
            f"fetch({url!r}) ran in the thread that called fetch_all: while that thread waits, nothing else runs, "
            "so the calls wait one after another. Run them in other threads"
        )


def run_fetch_all(network, urls, workers):
    """The kata's fetch_all with network.fetch, telling the network which thread is the caller."""
    network.caller = threading.current_thread()
    return fetch_all(urls, network.fetch, workers=workers)


URLS = ["a.example", "b.example", "c.example", "d.example"]


@pytest.mark.checklist("concurrency.cpu_vs_io")
def test_waits_overlap():
    network = FakeNetwork(together=4)
    pages = call_kata(run_fetch_all, network, URLS, workers=4, time_limit=3 * BOUND)
    assert pages == [f"page of {url}" for url in URLS], f"expected each url's page in the order of urls, got {pages!r}"


@pytest.mark.checklist("concurrency.cpu_vs_io")
def test_results_keep_the_order_of_urls_not_of_completion():
    finished = {url: threading.Event() for url in URLS}
    caller = threading.current_thread()

    def fetch(url):  # each fetch finishes only after the one after it: completion order is reversed
        _not_in_the_caller(caller, url)
        later = URLS.index(url) + 1
        if later < len(URLS) and not finished[URLS[later]].wait(BOUND):
            raise NotOverlapping(
                f"fetch({url!r}) waited {BOUND:g} s for fetch({URLS[later]!r}), which was never running at the same time"
            )
        finished[url].set()
        return f"page of {url}"

    pages = call_kata(fetch_all, URLS, fetch, workers=4, time_limit=3 * BOUND)
    assert pages == [f"page of {url}" for url in URLS], (
        f"the pages finished in reverse order and fetch_all returned {pages!r}: results go in the order of urls, "
        "not in the order the calls finished"
    )


@pytest.mark.checklist("concurrency.cpu_vs_io")
def test_never_more_threads_than_workers():
    network = FakeNetwork(together=2)
    urls = [f"{n}.example" for n in range(6)]
    pages = call_kata(run_fetch_all, network, urls, workers=2, time_limit=3 * BOUND)
    assert pages == [f"page of {url}" for url in urls]
    threads = {id(thread) for thread in network.threads}
    assert len(threads) <= 2, (
        f"6 urls with workers=2 were fetched by {len(threads)} different threads: reuse at most `workers` "
        "threads (a pool), not one thread per url"
    )


@pytest.mark.checklist("concurrency.cpu_vs_io")
def test_an_exception_in_one_fetch_reaches_the_caller():
    network = FakeNetwork(together=4, failing="c.example")
    error = kata_raises(ConnectionError, run_fetch_all, network, URLS, workers=4, time_limit=3 * BOUND)
    assert "c.example" in str(error), f"expected the ConnectionError of c.example, got {error!r}"
