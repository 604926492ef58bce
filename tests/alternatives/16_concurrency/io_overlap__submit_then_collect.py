"""Alternative: submit one future per url, then read the results in input order (result() re-raises a failure).

Futures instead of map: the pool still bounds the threads to `workers`.
"""

from concurrent.futures import ThreadPoolExecutor


def fetch_all(urls, fetch, workers: int = 4) -> list:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(fetch, url) for url in urls]
        return [future.result() for future in futures]
