"""Misconception: reverse by detaching the last node again and again, walking from the head to find it.

Right answer, by relinking the same nodes, but each detach walks the whole rest of the list:
n walks of up to n steps, O(n^2) reads of .next.

checklist: interview_patterns.linked_lists
"""


def reverse(head):
    new_head = tail = None
    while head is not None:
        if head.next is None:
            last, head = head, None
        else:
            before = head
            while before.next.next is not None:
                before = before.next
            last = before.next
            before.next = None
        if new_head is None:
            new_head = tail = last
        else:
            tail.next = last
            tail = last
    return new_head
