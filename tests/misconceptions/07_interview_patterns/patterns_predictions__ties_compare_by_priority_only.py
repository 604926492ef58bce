"""Misconception: a heap compares only the priority of a (priority, item) pair, so ties pop in push order.

On equal priorities the tuples compare their items next, and dicts do not order.

checklist: interview_patterns.heap_stack
"""

heap_of_ties.prediction = "backup"
