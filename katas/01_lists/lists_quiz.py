"""Kata: what list operations cost, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests know the right answer only as a salted digest, so reading them spoils nothing.

A CPython list is a dynamic array: one block of memory holding references to the items,
in order, with some room to spare at the end.
"""

# Question 1: a worker takes jobs from the front of a list of a million waiting jobs.
POP_FRONT_CHOICES = {
    "a": "O(1): a list is a linked list, so removing its head is cheap",
    "b": "O(n): every remaining item moves one slot towards the front; use collections.deque and popleft()",
    "c": "O(log n): use heapq to pop from the front instead",
    "d": "O(1) amortised, like append: a list is the right queue",
}
POP_FRONT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: why is `items.append(x)` O(1) amortised rather than O(n)?
APPEND_CHOICES = {
    "a": "the list reserves room for a fixed 1024 items when it is made",
    "b": "each append links a new node after the last one",
    "c": "when its array is full the list allocates a bigger one with room to spare in proportion to its size, so n appends copy O(n) items in total",
    "d": "it is not: append copies the whole list every time",
}
APPEND_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: what does `x in items` cost for a list of n items?
MEMBERSHIP_CHOICES = {
    "a": "O(1): lists hash their items, like sets",
    "b": "O(log n): lists keep their items sorted",
    "c": "O(1) for ints and strings, O(n) for other types",
    "d": "O(n): it compares x with each item in turn (identity, then ==) until one matches",
}
MEMBERSHIP_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: a list of n items is built by calling `items.insert(0, x)` n times. The total cost?
INSERT_FRONT_CHOICES = {
    "a": "O(n): each insert is O(1)",
    "b": "O(n log n): the list rebalances itself",
    "c": "O(n²): each insert shifts every item already there; append and reverse once, or use deque.appendleft",
    "d": "O(n): memmove shifts the items so fast that each insert counts as O(1)",
}
INSERT_FRONT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: what does `items[i]` cost, and why?
INDEX_CHOICES = {
    "a": "O(1): the list is an array of references, so the i-th is found by arithmetic",
    "b": "O(i): Python walks from the first item to the i-th",
    "c": "O(n): Python checks that i is in range by counting the items",
    "d": "O(1) only for items[0] and items[-1], O(n) in between",
}
INDEX_ANSWER = ...  # "a", "b", "c" or "d"
