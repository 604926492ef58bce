"""Misconception: take the maximum, remove it, k times.

Correct, and O(n * k): each max() and remove() walks all that is left.

checklist: interview_patterns.heap_stack
"""


def largest_payments(payments, k):
    remaining, result = list(payments), []
    for _ in range(min(k, len(remaining))):
        largest = max(remaining)
        remaining.remove(largest)
        result.append(largest)
    return result
