"""Misconception: a failed fetch in a worker thread is best turned into None (the caller never learns).

checklist: concurrency.cpu_vs_io
"""


def fetch_all(urls, fetch, workers: int = 4) -> list:
    def safe(url):
        try:
            return fetch(url)
        except Exception:
            return None

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(safe, urls))
