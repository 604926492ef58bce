"""Misconception: sorted(payments, reverse=True)[:k] is the k largest, done.

Correct, with a different algorithm from the heap: O(n log n) comparisons where O(n log k)
was asked, and the whole stream kept in memory.

checklist: interview_patterns.heap_stack
"""


def largest_payments(payments, k):
    return sorted(payments, reverse=True)[: max(k, 0)]
