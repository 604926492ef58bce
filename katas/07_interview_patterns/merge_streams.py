"""Kata: a k-way merge of sorted streams, lazily.

Task: merge_streams(*streams) takes k iterators, each yielding items in ascending order, and
returns an iterator over all their items in ascending order. Equal items come out in the order
of their streams (an item of the first stream before an equal item of the second).

    list(merge_streams(iter([1, 4, 9]), iter([2, 3]), iter([4, 10])))  ->  [1, 2, 3, 4, 4, 9, 10]

The streams are one-shot (log files, network feeds), can be longer than memory, and may never
end: read an item only when it is needed, at most one item ahead in each stream, and never
turn a stream into a list. O(n log k) comparisons for n items from k streams. The items only
support comparisons.
"""


def merge_streams(*streams):
    raise NotImplementedError("merge_streams: the items of all streams in order, lazily, in O(n log k)")
