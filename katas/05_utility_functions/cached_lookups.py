"""Kata: caching with functools.lru_cache and functools.cached_property.

Task: implement cached_fetcher and Report.total.

lru_cache remembers results by argument in one cache that lives as long as the function;
cached_property stores one result in the instance that computed it.
"""


def cached_fetcher(fetch, maxsize: int):
    """Return lookup(key) -> fetch(key) that calls fetch again only for keys it does not remember.

    It remembers the maxsize most recently used keys; fetch is slow, so never call it twice
    in a row for the same key.
    """
    raise NotImplementedError("cached_fetcher: wrap fetch in a cache of the maxsize most recently used keys")


class Report:
    """A report over some rows of numbers."""

    computations = 0  # how many totals all reports have computed so far

    def __init__(self, rows):
        self.rows = rows

    def total(self):
        """Make this an attribute, report.total: the sum of all rows, computed at most once per report.

        Count each computation in Report.computations. A report nobody refers to any more
        must be freed, cache and all.
        """
        raise NotImplementedError("Report.total: compute the sum once per report and keep it in the report")
