"""Kata: predict what each puzzle prints, or what it costs, before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[0, 1, 2]" (lines joined by newlines if it prints several), or the exception class it
raises. Several puzzles print a cost: how many comparisons, reads or calls an algorithm made.
Work it out in your head; do not run the puzzles. The tests run each one and compare.
"""

from dojo import predict


@predict(...)
def bisect_with_repeats():
    from bisect import bisect_left, bisect_right

    seconds = [10, 20, 20, 20, 30]
    print(bisect_left(seconds, 20), bisect_right(seconds, 20))


@predict(...)
def a_heap_is_not_sorted():
    import heapq

    amounts = [50, 20, 40, 10, 30]
    heapq.heapify(amounts)
    print(amounts[0], amounts == sorted(amounts))


@predict(...)
def heap_of_ties():
    import heapq

    jobs = []
    heapq.heappush(jobs, (1, {"name": "backup"}))
    heapq.heappush(jobs, (1, {"name": "report"}))
    print(heapq.heappop(jobs)[1]["name"])


@predict(...)
def max_heap_by_negation():
    import heapq

    # heapq is a min-heap. Negating the keys works on every Python; since 3.14 heapq also has
    # heappush_max, heappop_max and heapify_max for a max-heap without the minus signs.
    heap = []
    for amount in [30, 10, 50, 20]:
        heapq.heappush(heap, -amount)
    print(-heapq.heappop(heap), -heap[0])


@predict(...)
def running_totals():
    from itertools import accumulate

    steps = [3, 1, 4, 1]
    running = list(accumulate(steps, initial=0))
    print(running, running[3] - running[1])


@predict(...)
def window_of_three():
    from collections import deque

    recent = deque(maxlen=3)
    for page in ["home", "cart", "pay", "help", "home"]:
        recent.append(page)
    print(list(recent))


@predict(...)
def breadth_then_depth():
    from collections import deque

    graph = {"a": ["b", "c"], "b": ["d"], "c": ["e"], "d": [], "e": []}
    by_queue, queue = [], deque(["a"])
    while queue:
        node = queue.popleft()
        by_queue.append(node)
        queue.extend(graph[node])
    by_stack, stack = [], ["a"]
    while stack:
        node = stack.pop()
        by_stack.append(node)
        stack.extend(graph[node])
    print("".join(by_queue), "".join(by_stack))


@predict(...)
def recursive_depth_first():
    import sys

    chain = {n: [n + 1] for n in range(5000)}
    chain[5000] = []

    def visit(node):
        return 1 + sum(visit(callee) for callee in chain[node])

    print(sys.getrecursionlimit() < 5000, visit(0))


@predict(...)
def calls_without_memo():
    calls = 0

    def fib(n):
        nonlocal calls
        calls += 1
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    fib(10)
    print(calls)


@predict(...)
def calls_with_lru_cache():
    from functools import lru_cache

    calls = 0

    @lru_cache(maxsize=None)
    def fib(n):
        nonlocal calls
        calls += 1
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    fib(30)
    fib(30)
    print(calls, fib.cache_info().hits)


@predict(...)
def probes_of_a_binary_search():
    from bisect import bisect_left

    class Log:
        reads = 0

        def __len__(self):
            return 2**20 - 1  # 1,048,575 timestamps: 0, 1, 2, ...

        def __getitem__(self, index):
            Log.reads += 1
            return index

    bisect_left(Log(), 123_456)
    print(Log.reads)


@predict(...)
def pairs_cancel_with_xor():
    from functools import reduce
    from operator import xor

    readings = [4, 1, 2, 1, 2]
    print(reduce(xor, readings), 6 ^ 6, 6 ^ 0, reduce(xor, [2, 9, 7, 9, 2]))


@predict(...)
def cyclic_sort_swaps():
    badges = [3, 5, 2, 1, 4]  # the numbers 1 to 5, shuffled
    swaps = i = 0
    while i < len(badges):
        home = badges[i] - 1
        if badges[i] != badges[home]:
            badges[i], badges[home] = badges[home], badges[i]
            swaps += 1
        else:
            i += 1
    print(badges, swaps)


@predict(...)
def greedy_by_start_or_by_end():
    meetings = [(1, 10), (2, 3), (4, 5), (6, 7)]  # (start, end): one room, no overlaps

    def booked(order):
        count, free_at = 0, 0
        for start, end in sorted(meetings, key=order):
            if start >= free_at:
                count, free_at = count + 1, end
        return count

    print(booked(lambda m: m[0]), booked(lambda m: m[1]))


@predict(...)
def subsets_double_each_time():
    subsets = [[]]
    for item in "abc":
        subsets += [subset + [item] for subset in subsets]
    print(len(subsets), subsets[3], subsets[-1])
