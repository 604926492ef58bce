"""Kata: dynamic programming by table, bottom up: the fewest coins for an amount.

Task: min_coins(amount, coins) returns the fewest coins that add up to amount, using each coin
value as often as you like, or None when no combination does. coins are positive ints;
amount is an int >= 0 (0 needs 0 coins).

    min_coins(6, [1, 3, 4])  ->  2   (3 + 3; taking the largest coin first gives 4 + 1 + 1)
    min_coins(7, [2, 4])     ->  None

O(amount * len(coins)): solve every smaller amount once, from 0 up, in a table. Amounts run
to tens of thousands, which is deeper than Python lets function calls nest. The tests count
every comparison and subtraction made with the coins.
"""


def min_coins(amount: int, coins: list[int]) -> int | None:
    raise NotImplementedError("min_coins: the fewest coins adding up to amount, or None, in O(amount * len(coins))")
