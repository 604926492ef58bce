"""Alternative: a fresh list per key from iter(list, None); order compared by keys and ==; last visits by index.

The reference uses a dict comprehension, compares lists of items, and re-inserts each page.
Here empty_buckets zips the names with an endless iterator that calls list() once per item
(zip pulls from names first, so no spare list is made), same_sequence checks equal contents
with == and the same key order separately, and by_last_visit records the index of each page's
last visit and sorts the pages by it.
"""


def empty_buckets(names) -> dict:
    return dict(zip(names, iter(list, None), strict=False))  # the second iterator never ends


def same_sequence(first: dict, second: dict) -> bool:
    return first == second and list(first) == list(second)


def by_last_visit(visits) -> list:
    last = {page: index for index, page in enumerate(visits)}
    return sorted(last, key=last.__getitem__)
