"""Misconception: a plain dict is as good as lru_cache for a cache.

It never forgets a key, so maxsize means nothing.

checklist: utility_functions.itertools_functools
"""


def cached_fetcher(fetch, maxsize: int):
    remembered = {}

    def lookup(key):
        if key not in remembered:
            remembered[key] = fetch(key)
        return remembered[key]

    return lookup
