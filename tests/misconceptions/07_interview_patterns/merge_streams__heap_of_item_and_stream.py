"""Misconception: a heap of (item, stream) pairs is enough.

Tuples compare item by item: when two heads are equal, Python goes on to compare the two
iterators, which have no order (TypeError), and when it does not, equal items come out in no
particular stream order. Put the stream's number between the item and the stream.

checklist: interview_patterns.k_way_merge
"""

import heapq


def merge_streams(*streams):
    heads = []
    for stream in streams:
        for item in stream:
            heapq.heappush(heads, (item, stream))
            break
    while heads:
        item, stream = heapq.heappop(heads)
        yield item
        for following in stream:
            heapq.heappush(heads, (following, stream))
            break
