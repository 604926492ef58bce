"""Misconception: collecting results with as_completed keeps them in the order of the inputs.

checklist: concurrency.cpu_vs_io
"""

from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch_all(urls, fetch, workers: int = 4) -> list:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(fetch, url) for url in urls]
        return [future.result() for future in as_completed(futures)]
