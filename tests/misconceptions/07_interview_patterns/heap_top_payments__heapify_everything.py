"""Misconception: a heap is asked for, so heapify all the payments (negated) and pop k.

Correct and fast, O(n + k log n), but it keeps the whole stream: O(n) memory where O(k) was asked.

checklist: interview_patterns.heap_stack
"""


def largest_payments(payments, k):
    heap = [(-amount, amount) for amount in payments]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[1] for _ in range(min(max(k, 0), len(heap)))]
