"""Kata: IO-bound work overlaps in threads.

Task: fetch_all calls fetch(url) for each url, one after the other. Each call spends its
time waiting (for the network, a disk, a database), and a thread that waits releases the
GIL, so the waits of several threads can overlap. Make fetch_all run the calls in a pool of
at most `workers` threads (not one thread per url) and return their results in the order of
urls. An exception raised by any fetch must reach the caller of fetch_all.
"""


def fetch_all(urls, fetch, workers: int = 4) -> list:
    """Return [fetch(url) for url in urls], computed by at most `workers` threads waiting side by side."""
    return [fetch(url) for url in urls]
