"""Kata: what list operations cost, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer only as a salted digest: it keeps the answer from a casual
reader, but anyone can hash each choice to find it. It is a practice aid, not a secret.

A CPython list is a dynamic array: one block of memory holding references to the items,
in order, with some room to spare at the end.
"""

# Question 1: a worker takes jobs from the front of a list of a million waiting jobs.
POP_FRONT_CHOICES = {
    "a": "O(1): a list is a linked list, so unlinking its head node is cheap and nothing else moves",
    "b": "O(log n): CPython keeps a hidden offset for the front, so only a few items shift per pop",
    "c": "O(1) amortised, like append: the spare room at the front is reused, so a list is the right queue",
    "d": "O(n): every remaining item moves one slot towards the front; use collections.deque and popleft()",
}
POP_FRONT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: why is `items.append(x)` O(1) amortised rather than O(n)?
APPEND_CHOICES = {
    "a": "when its array is full the list allocates a bigger one, in proportion to its size, so n appends copy O(n) items in total",
    "b": "each append links a new node after the last one, so no existing item is ever copied or moved, whatever the list's length",
    "c": "the list reserves room for a fixed 1024 items when it is made, and adds another 1024-slot chunk each time those fill up",
    "d": "it is not: append copies the whole array into a new one every time, which CPython hides behind a fast memcpy",
}
APPEND_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: what does `x in items` cost for a list of n items?
MEMBERSHIP_CHOICES = {
    "a": "O(1): lists keep a hidden hash index of their items, like sets, rebuilt on every change",
    "b": "O(n): it compares x with each item in turn (identity, then ==) until one matches",
    "c": "O(1) for ints and strings, which are looked up by hash, and O(n) for every other type of item",
    "d": "O(log n): lists keep their items sorted internally, so `in` searches them by bisection",
}
MEMBERSHIP_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: a list of n items is built by calling `items.insert(0, x)` n times. The total cost?
INSERT_FRONT_CHOICES = {
    "a": "O(n): each insert is O(1), because the list keeps spare room at the front as well as at the back",
    "b": "O(n log n): the list rebalances its internal tree of blocks after each insert at the front",
    "c": "O(n²): each insert shifts every item already there; append and reverse once, or use deque.appendleft",
    "d": "O(n): memmove shifts the items so fast that each insert counts as O(1), whatever the length of the list",
}
INSERT_FRONT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: what does `items[i]` cost, and why?
INDEX_CHOICES = {
    "a": "O(1): the list is one array of references, so the address of the i-th is found by arithmetic, whatever i is",
    "b": "O(i): Python walks the chain of items from the first one to the i-th",
    "c": "O(n): Python first checks that i is in range by counting all the items",
    "d": "O(1) only for items[0] and items[-1], which are cached; O(n) for any index in between",
}
INDEX_ANSWER = ...  # "a", "b", "c" or "d"
