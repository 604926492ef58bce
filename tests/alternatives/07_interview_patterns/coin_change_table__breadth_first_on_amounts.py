"""Alternative: the fewest coins as the shortest path from 0 to amount, by breadth-first search.

Each amount is a node and each coin an edge to amount + coin; BFS reaches every amount first
by the fewest coins. Each amount is queued at most once and tries every coin: the same
O(amount * len(coins)) as the table, computed level by level instead of amount by amount.
"""

from collections import deque


def min_coins(amount: int, coins: list[int]) -> int | None:
    coins_for = {0: 0}
    queue = deque([0])
    while queue:
        paid = queue.popleft()
        if paid == amount:
            return coins_for[paid]
        for coin in coins:
            reached = coin + paid
            if reached <= amount and reached not in coins_for:
                coins_for[reached] = coins_for[paid] + 1
                queue.append(reached)
    return None
