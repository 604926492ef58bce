"""Misconception: try every coin first and recurse on the rest, without remembering any answer.

Right answers, but the same smaller amounts are solved again along every path that reaches
them: exponentially many calls. A table solves each amount once.

checklist: interview_patterns.dynamic_programming
"""


def min_coins(amount: int, coins: list[int]) -> int | None:
    if amount == 0:
        return 0
    best = None
    for coin in coins:
        if coin <= amount:
            rest = min_coins(amount - coin, coins)
            if rest is not None and (best is None or rest + 1 < best):
                best = rest + 1
    return best
