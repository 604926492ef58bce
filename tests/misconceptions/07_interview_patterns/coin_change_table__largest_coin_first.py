"""Misconception: take the largest coin that fits, again and again.

Greedy is optimal for some coin systems (1, 2, 5, 10 ...) but not in general: for 6 with coins
[1, 3, 4] it takes 4 + 1 + 1, three coins, where 3 + 3 is two; and it can fail to find any
answer when one exists (6 with [4, 3]).

checklist: interview_patterns.dynamic_programming
"""


def min_coins(amount: int, coins: list[int]) -> int | None:
    count = 0
    for coin in sorted(coins, reverse=True):
        taken = amount // coin
        count += taken
        amount -= taken * coin
    return count if amount == 0 else None
