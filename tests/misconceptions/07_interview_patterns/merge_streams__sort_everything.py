"""Misconception: chain the streams, sort, and return an iterator over the result.

Right order, and Timsort even merges k sorted runs in about n log k comparisons; but it reads
every stream to its end before the first item comes out: O(n) memory, and an endless stream
never ends. A merge must be lazy.

checklist: interview_patterns.k_way_merge
"""

import itertools


def merge_streams(*streams):
    return iter(sorted(itertools.chain(*streams)))
