"""Misconception: remember every node passed in a set; a node met twice means a cycle.

Right answers, wrong algorithm: the set grows with the list, O(n) memory where O(1) was asked.
Floyd's slow and fast pointers need two variables.

checklist: interview_patterns.linked_lists
"""


def has_cycle(head) -> bool:
    seen = set()
    while head is not None:
        if id(head) in seen:
            return True
        seen.add(id(head))
        head = head.next
    return False
