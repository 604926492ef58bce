"""Misconception: reverse a linked list by reading its values into a list and writing them back reversed.

The values come out in the right order, but the nodes are not relinked: the head stays the old
head, each node holds another value, and the Python list of values costs O(n) memory.

checklist: interview_patterns.linked_lists
"""


def reverse(head):
    values = []
    node = head
    while node is not None:
        values.append(node.value)
        node = node.next
    node = head
    while node is not None:
        node.value = values.pop()
        node = node.next
    return head
