"""Misconception: heapify sorts the list, so a heap can be read in order like a sorted list.

checklist: interview_patterns.heap_stack
"""

# Appended to the reference solution by the contract test: its answers, with the wrong belief instead.
a_heap_is_not_sorted.prediction = "10 True"
