"""Kata: the k largest, with a heap.

Task: largest_payments(payments, k) returns the k largest amounts among payments, largest
first (all of them, largest first, when there are fewer than k). payments is any iterable,
often a one-pass stream too long to keep.

Use O(n log k) comparisons and O(k) memory: keep only the best k seen so far, in a min-heap
(the heapq module), whose root is the amount a newcomer has to beat.
"""


def largest_payments(payments, k: int) -> list:
    raise NotImplementedError("largest_payments: the k largest amounts, largest first, in O(n log k) time and O(k) memory")
