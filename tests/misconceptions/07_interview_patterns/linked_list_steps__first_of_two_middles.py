"""Misconception: stop the fast pointer one step early; for an even length that gives the first middle.

`while fast.next and fast.next.next` finds the first of the two middle nodes; the task asks
for the second (the loop must run while fast and fast.next both exist).

checklist: interview_patterns.linked_lists
"""


def middle(head):
    slow = fast = head
    while fast is not None and fast.next is not None and fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    return slow
