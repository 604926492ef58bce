"""Misconception: the k largest live in a max-heap of size k.

The root of a max-heap is the largest so far, the wrong one to compare with and evict: the
heap ends up with small payments.

checklist: interview_patterns.heap_stack
"""


def largest_payments(payments, k):
    if k <= 0:
        return []
    heap = []  # negated: a max-heap
    for amount in payments:
        if len(heap) < k:
            heapq.heappush(heap, -amount)
        elif amount < -heap[0]:
            heapq.heapreplace(heap, -amount)
    return sorted((-negated for negated in heap), reverse=True)
