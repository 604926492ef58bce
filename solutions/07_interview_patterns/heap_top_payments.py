"""Reference solution for heap_top_payments.py: a min-heap of the k largest so far."""

import heapq


def largest_payments(payments, k: int) -> list:
    if k <= 0:
        return []
    best = []  # a min-heap: best[0] is the smallest of the k largest so far
    for amount in payments:
        if len(best) < k:
            heapq.heappush(best, amount)
        elif best[0] < amount:
            heapq.heapreplace(best, amount)
    return sorted(best, reverse=True)
