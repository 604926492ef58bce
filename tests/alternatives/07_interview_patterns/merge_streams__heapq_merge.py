"""Alternative: heapq.merge, the standard library's lazy k-way merge.

It keeps a heap of [item, order, next-function] entries (the order breaks ties, so equal items
keep stream order), reads each stream one item ahead, and is a generator.
"""

import heapq


def merge_streams(*streams):
    return heapq.merge(*streams)
