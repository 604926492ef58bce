"""Alternative: a balanced tournament of two-way merges instead of a heap.

Merge the first half of the streams and the second half recursively (log k levels deep, never
n), and merge the two results with a lazy two-way merge that prefers the left side on ties.
Each item passes through log k two-way merges, one comparison each: O(n log k), lazily.
"""


def _two_way(left, right):
    left, right = iter(left), iter(right)
    for a in left:
        break
    else:
        yield from right
        return
    for b in right:
        while True:
            if b < a:
                yield b
                for b in right:
                    break
                else:
                    yield a
                    yield from left
                    return
            else:
                yield a
                for a in left:
                    break
                else:
                    yield b
                    yield from right
                    return
    yield a
    yield from left


def merge_streams(*streams):
    if not streams:
        return iter(())
    if len(streams) == 1:
        return iter(streams[0])
    middle = len(streams) // 2
    return _two_way(merge_streams(*streams[:middle]), merge_streams(*streams[middle:]))
