"""Misconception: put the nodes in a Python list and take the one at index len // 2.

Right middle, wrong algorithm: the list of nodes grows with the linked list, O(n) memory,
where a slow and a fast pointer need two variables.

checklist: interview_patterns.linked_lists
"""


def middle(head):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    return nodes[len(nodes) // 2] if nodes else None
