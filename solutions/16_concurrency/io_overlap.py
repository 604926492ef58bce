"""Reference solution: a thread pool; map keeps the input order and re-raises a call's exception."""

from concurrent.futures import ThreadPoolExecutor


def fetch_all(urls, fetch, workers: int = 4) -> list:
    """Return [fetch(url) for url in urls], with up to `workers` calls waiting at the same time."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fetch, urls))
