"""Misconception: a list has a cycle when walking it comes back to the head.

A cycle may start anywhere: when the last node links back to a node in the middle, the walk
goes round that loop forever and never meets the head again.

checklist: interview_patterns.linked_lists
"""


def has_cycle(head) -> bool:
    node = head.next if head is not None else None
    while node is not None:
        if node is head:
            return True
        node = node.next
    return False
