"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[1, 2]" (lines joined by newlines if it prints several), or the exception class it raises,
such as @predict(IndexError). Work it out in your head; do not run the puzzles.
The tests run each one in this interpreter and compare.
"""

import random
import sys

from dojo import predict


@predict(...)
def repeated_rows():
    board = [[0] * 2] * 2
    board[0][0] = 1
    print(board)


@predict(...)
def buckets_rebound():
    buckets = [[]] * 3
    buckets[0].append("x")
    buckets[1] = ["y"]
    print(buckets)


@predict(...)
def append_result():
    names = ["bo", "al"]
    names = names.append("cy")
    print(names)


@predict(...)
def remove_while_looping():
    values = [1, 2, 2, 3]
    for value in values:
        if value == 2:
            values.remove(value)
    print(values)


@predict(...)
def slice_bounds():
    items = [10, 20, 30]
    print(items[5:10], items[-10:2])


@predict(...)
def shallow_slice():
    rows = [[1], [2]]
    copy = rows[:]
    copy[0].append(9)
    copy[1] = [0]
    print(rows)


@predict(...)
def sort_or_sorted():
    data = [3, 1, 2]
    result = sorted(data)
    print(data, result)
    print(data.sort())


@predict(...)
def stable_by_length():
    words = ["pear", "fig", "apple", "kiwi", "yam"]
    print(sorted(words, key=len))


@predict(...)
def append_overallocates():
    items, sizes = [], set()
    for n in range(16):
        items.append(n)
        sizes.add(sys.getsizeof(items))
    print(len(sizes) < 16)


@predict(...)
def sort_mixed_types():
    values = [3, "2", 1]
    values.sort()
    print(values)


@predict(...)
def a_slice_copies_its_references():
    """CPython: sys.getrefcount counts the references to an object."""
    marker = object()
    items = [marker] * 1000
    before = sys.getrefcount(marker)
    window = items[100:300]
    print(sys.getrefcount(marker) - before, len(window))


@predict(...)
def sorting_what_is_already_sorted():
    comparisons = 0

    class Card:
        def __init__(self, rank):
            self.rank = rank

        def __lt__(self, other):
            nonlocal comparisons
            comparisons += 1
            return self.rank < other.rank

    for ranks in (range(1000), range(1000, 0, -1)):
        comparisons = 0
        sorted(Card(rank) for rank in ranks)
        print(comparisons)
    shuffled = list(range(1024))
    random.Random(7).shuffle(shuffled)
    comparisons = 0
    sorted(Card(rank) for rank in shuffled)
    print(comparisons <= 1024 * 10)  # n log2 n, as 1024 is 2 ** 10
