"""Misconception: keep the head of each stream in a list and take the smallest with a scan.

Lazy and right, but each item costs a scan of all k heads: O(n k) comparisons, where a heap of
the heads costs O(log k) per item.

checklist: interview_patterns.k_way_merge
"""


def merge_streams(*streams):
    heads = []
    for stream in streams:
        for item in stream:
            heads.append([item, stream])
            break
    while heads:
        smallest = 0
        for position in range(1, len(heads)):
            if heads[position][0] < heads[smallest][0]:
                smallest = position
        item, stream = heads[smallest]
        yield item
        for following in stream:
            heads[smallest][0] = following
            break
        else:
            del heads[smallest]
