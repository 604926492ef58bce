"""Reference predictions for practice_predictions.py."""

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


@predict("True 7")
def membership_in_a_list():
    values = [Counted(v) for v in range(10)]
    Counted.reset()
    print(Counted(6) in values, Counted.comparisons)


@predict("True 1 1")
def membership_in_a_set():
    values = {Counted(v) for v in range(10)}
    Counted.reset()
    print(Counted(6) in values, Counted.hashes, Counted.comparisons)


@predict("9 7")
def max_of_eight():
    values = [Counted(v) for v in [5, 3, 8, 1, 9, 2, 7, 4]]
    Counted.reset()
    print(max(values).value, Counted.comparisons)


@predict("9")
def sorting_sorted_input():
    values = [Counted(v) for v in range(10)]
    Counted.reset()
    sorted(values)
    print(Counted.comparisons)


@predict("11 4")
def binary_search_steps():
    values = [Counted(v) for v in range(0, 30, 2)]  # 15 sorted values
    Counted.reset()
    position = bisect.bisect_left(values, Counted(21))
    print(position, Counted.comparisons)


@predict("4 2")
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


@predict("[('i', 4), ('s', 4)]")
def most_common_ties():
    print(Counter("mississippi").most_common(2))


@predict("coffee plan write ship")
def heap_pop_order():
    tasks = [(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")]
    heapq.heapify(tasks)
    print(" ".join(heapq.heappop(tasks)[1] for _ in range(len(tasks))))


@predict("b")
def assignment_does_not_move():
    entries = OrderedDict.fromkeys("abc")
    entries.move_to_end("a")
    entries["b"] = "new value"
    print(entries.popitem(last=False)[0])


@predict("[1, 2, 3, 2] 1")
def lru_cache_misses():
    computed = []

    @functools.lru_cache(maxsize=2)
    def square(n):
        computed.append(n)
        return n * n

    for n in [1, 2, 1, 3, 2]:
        square(n)
    print(computed, square.cache_info().hits)


@predict("True 0 4")
def membership_in_dict_values():
    prices = {name: Counted(v) for name, v in zip("abcdefgh", [5, 3, 8, 6, 1, 9, 2, 7])}
    Counted.reset()
    print(Counted(6) in prices.values(), Counted.hashes, Counted.comparisons)


@predict("True True")
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


@predict("9")
def sorting_a_descending_run():
    values = [Counted(v) for v in range(10, 0, -1)]
    Counted.reset()
    sorted(values)
    print(Counted.comparisons)
