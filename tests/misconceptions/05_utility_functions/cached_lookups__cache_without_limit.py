"""Misconception: a plain dict is as good as lru_cache for a cache.

It never forgets a key, so maxsize means nothing.

checklist: utility_functions.itertools_functools
"""

from functools import cached_property, lru_cache


def cached_fetcher(fetch, maxsize: int):
    remembered = {}

    def lookup(key):
        if key not in remembered:
            remembered[key] = fetch(key)
        return remembered[key]

    return lookup


class Report:
    computations = 0

    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        Report.computations += 1
        return sum(self.rows)
