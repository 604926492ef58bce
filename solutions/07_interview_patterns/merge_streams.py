"""Reference solution for merge_streams.py: a heap of the current head of each stream."""

import heapq


def merge_streams(*streams):
    heads = []  # (item, stream number, stream): the number breaks ties, so streams are never compared
    for number, stream in enumerate(streams):
        for item in stream:  # its first item, if any
            heads.append((item, number, stream))
            break
    heapq.heapify(heads)
    while heads:
        item, number, stream = heads[0]
        yield item
        for following in stream:  # the next item of the stream just used, if any
            heapq.heapreplace(heads, (following, number, stream))
            break
        else:
            heapq.heappop(heads)
