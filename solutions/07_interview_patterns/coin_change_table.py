"""Reference solution for coin_change_table.py: fewest[a] for every a from 0 up to amount."""


def min_coins(amount: int, coins: list[int]) -> int | None:
    unreachable = amount + 1  # more coins than any real answer needs (the smallest coin is 1 or more)
    fewest = [0] + [unreachable] * amount  # fewest[a]: the fewest coins that make a, so far
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and fewest[a - coin] + 1 < fewest[a]:
                fewest[a] = fewest[a - coin] + 1
    return fewest[amount] if fewest[amount] != unreachable else None
