"""Alternative: an LRU cache written with OrderedDict, and a total kept in an instance attribute by a property.

The reference uses functools.lru_cache and cached_property. Here cached_fetcher keeps results in
an OrderedDict: a hit moves the key to the end, a miss fetches, stores and evicts from the front
when over maxsize. Report.total is a property that computes the sum the first time and keeps it
in the instance, so it is freed with the report.
"""

from collections import OrderedDict


def cached_fetcher(fetch, maxsize: int):
    results = OrderedDict()

    def cached(key):
        if key in results:
            results.move_to_end(key)
            return results[key]
        value = fetch(key)
        results[key] = value
        if len(results) > maxsize:
            results.popitem(last=False)
        return value

    return cached


class Report:
    computations = 0

    def __init__(self, rows):
        self.rows = rows

    @property
    def total(self):
        try:
            return self._total
        except AttributeError:
            Report.computations += 1
            self._total = sum(self.rows)
            return self._total
