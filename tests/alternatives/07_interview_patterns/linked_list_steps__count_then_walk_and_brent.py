"""Alternative: reverse with one tuple assignment, the middle by counting first, a cycle by Brent's algorithm.

middle walks the list once to count its nodes and again halfway (1.5n reads, still O(n) and O(1)
memory). has_cycle uses Brent's teleporting tortoise: the hare walks one node at a time and the
tortoise jumps to the hare whenever the step count reaches a power of two; inside a cycle the
hare meets the tortoise within two laps' worth of powers.
"""


def reverse(head):
    previous = None
    while head is not None:
        head.next, previous, head = previous, head, head.next
    return previous


def middle(head):
    length, node = 0, head
    while node is not None:
        length, node = length + 1, node.next
    for _ in range(length // 2):
        head = head.next
    return head


def has_cycle(head) -> bool:
    if head is None:
        return False
    tortoise, hare = head, head.next
    power = steps = 1
    while hare is not None:
        if hare is tortoise:
            return True
        if steps == power:
            tortoise, power, steps = hare, power * 2, 0
        hare = hare.next
        steps += 1
    return False
