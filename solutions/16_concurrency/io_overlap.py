"""Reference solution: a thread pool; map keeps the input order and re-raises a call's exception."""

from concurrent.futures import ThreadPoolExecutor


def fetch_all(urls, fetch, workers: int = 4) -> list:
    """Return [fetch(url) for url in urls], computed by at most `workers` threads waiting side by side."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fetch, urls))
