"""Kata: predict what each puzzle prints, results and costs, before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints, as a string such as
"True 3" (lines joined by newlines if it prints several), or the exception class it raises.
Several puzzles print a cost: how many times a Counted value was compared or hashed.
Work it out in your head; do not run the puzzles. The tests run each one and compare.
"""

import bisect
import functools
import heapq
from collections import Counter, OrderedDict

from dojo import predict


class Counted:
    """A number that counts, on the class, every == and < made on it and every hash of it."""

    comparisons = 0
    hashes = 0

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        Counted.comparisons += 1
        return self.value == other.value

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.value < other.value

    def __hash__(self):
        Counted.hashes += 1
        return hash(self.value)

    @classmethod
    def reset(cls):
        cls.comparisons = cls.hashes = 0


@predict(...)
def membership_in_a_list():
    values = [Counted(v) for v in range(10)]
    Counted.reset()
    print(Counted(6) in values, Counted.comparisons)


@predict(...)
def membership_in_a_set():
    values = {Counted(v) for v in range(10)}
    Counted.reset()
    print(Counted(6) in values, Counted.hashes, Counted.comparisons)


@predict(...)
def max_of_eight():
    values = [Counted(v) for v in [5, 3, 8, 1, 9, 2, 7, 4]]
    Counted.reset()
    print(max(values).value, Counted.comparisons)


@predict(...)
def sorting_sorted_input():
    values = [Counted(v) for v in range(10)]
    Counted.reset()
    sorted(values)
    print(Counted.comparisons)


@predict(...)
def binary_search_steps():
    values = [Counted(v) for v in range(0, 30, 2)]  # 15 sorted values
    Counted.reset()
    position = bisect.bisect_left(values, Counted(21))
    print(position, Counted.comparisons)


@predict(...)
def setdefault_builds_every_time():
    built = 0

    def new_group():
        nonlocal built
        built += 1
        return []

    groups = {}
    for word in ["ab", "ba", "ab", "cd"]:
        groups.setdefault("".join(sorted(word)), new_group()).append(word)
    print(built, len(groups))


@predict(...)
def most_common_ties():
    print(Counter("mississippi").most_common(2))


@predict(...)
def heap_pop_order():
    tasks = [(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")]
    heapq.heapify(tasks)
    print(" ".join(heapq.heappop(tasks)[1] for _ in range(len(tasks))))


@predict(...)
def assignment_does_not_move():
    entries = OrderedDict.fromkeys("abc")
    entries.move_to_end("a")
    entries["b"] = "new value"
    print(entries.popitem(last=False)[0])


@predict(...)
def lru_cache_misses():
    computed = []

    @functools.lru_cache(maxsize=2)
    def square(n):
        computed.append(n)
        return n * n

    for n in [1, 2, 1, 3, 2]:
        square(n)
    print(computed, square.cache_info().hits)


@predict(...)
def membership_in_dict_values():
    prices = {name: Counted(v) for name, v in zip("abcdefgh", [5, 3, 8, 6, 1, 9, 2, 7])}
    Counted.reset()
    print(Counted(6) in prices.values(), Counted.hashes, Counted.comparisons)


@predict(...)
def heapify_versus_pushes():
    numbers = list(range(1023, -1, -1))  # 1,024 numbers, largest first
    Counted.reset()
    heap = [Counted(v) for v in numbers]
    heapq.heapify(heap)
    by_heapify = Counted.comparisons
    Counted.reset()
    heap = []
    for v in numbers:
        heapq.heappush(heap, Counted(v))
    by_pushes = Counted.comparisons
    print(by_heapify < 2 * len(numbers), by_pushes > 4 * by_heapify)


@predict(...)
def sorting_a_descending_run():
    values = [Counted(v) for v in range(10, 0, -1)]
    Counted.reset()
    sorted(values)
    print(Counted.comparisons)
