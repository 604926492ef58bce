"""Alternative: heapq.nlargest(k, payments), the standard library's own heap of size k.

It reads the stream once, keeps k items in a min-heap, and returns them largest first.
"""

import heapq


def largest_payments(payments, k: int) -> list:
    return heapq.nlargest(k, payments)
