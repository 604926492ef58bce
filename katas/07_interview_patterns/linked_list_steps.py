"""Kata: a linked list in place: reverse it, find its middle, detect a cycle.

Task: a singly linked list is a chain of nodes, each with a .value and a .next (the next
node, or None after the last one); a list is given by its head node, None when it is empty.
Node below is such a class, for trying things by hand; the tests bring nodes of their own
with the same two attributes.

- reverse(head): turn the list around by relinking its own nodes, and return the new head
  (the node that was last). Make no new nodes, and leave every node's value where it is.
- middle(head): the middle node; for an even length, the second of the two middle nodes.
  None for an empty list.
- has_cycle(head): True when following .next from head comes back to a node it already
  passed, False when it reaches None.

Each costs O(n) steps along .next and O(1) extra memory: nothing that grows with the list
(no Python list of the nodes or of their values, no set of nodes or of their ids). The tests
count every .next read and measure the memory each call allocates, on two lengths of list.
"""


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"


def reverse(head):
    raise NotImplementedError("reverse: the same nodes linked the other way round; return the new head")


def middle(head):
    raise NotImplementedError("middle: the middle node (the second of two), in O(n) steps and O(1) memory")


def has_cycle(head) -> bool:
    raise NotImplementedError("has_cycle: whether following .next ever returns to a node, in O(1) memory")
