"""Misconception: memoization is the whole of dynamic programming; lru_cache on the recursion is enough.

Right answers in O(amount * len(coins)), but top down: solving an amount first calls the amount
one coin smaller, and so on, so the calls nest as deep as amount / smallest coin. Past
sys.getrecursionlimit() that is a RecursionError. Bottom up, a table has no depth at all.

checklist: interview_patterns.dynamic_programming
"""

from functools import lru_cache


def min_coins(amount: int, coins: list[int]) -> int | None:
    @lru_cache(maxsize=None)
    def fewest(rest):
        if rest == 0:
            return 0
        options = [fewest(rest - coin) for coin in coins if coin <= rest]
        options = [option for option in options if option is not None]
        return min(options) + 1 if options else None

    return fewest(amount)
