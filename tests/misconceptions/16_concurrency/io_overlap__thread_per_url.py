"""Misconception: IO-bound work is cheap, so one thread per url is fine and `workers` can be ignored.

checklist: concurrency.cpu_vs_io
"""

import threading


def fetch_all(urls, fetch, workers: int = 4) -> list:
    results = [None] * len(urls)

    def one(index, url):
        results[index] = fetch(url)

    threads = [threading.Thread(target=one, args=pair) for pair in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
