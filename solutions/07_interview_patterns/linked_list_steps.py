"""Reference solution for linked_list_steps.py: three pointers to relink, two speeds to find the middle and a cycle."""


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"


def reverse(head):
    previous = None
    while head is not None:
        following = head.next
        head.next = previous  # turn this node's link around
        previous, head = head, following
    return previous


def middle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next  # fast covers two nodes while slow covers one
    return slow


def has_cycle(head) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:  # inside a cycle the fast pointer gains one node per step: it must land on slow
            return True
    return False
