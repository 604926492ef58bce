"""Kata: two pointers on sorted input.

Task: a gift shop lists its prices in ascending order.

- count_affordable_pairs(prices, budget): how many pairs of two different items (two
  positions i < j) cost at most budget together.
- closest_pair(prices, target): positions (i, j), i < j, of the two items whose total is
  closest to target (any pair will do when several are equally close); None with fewer than 2 items.

Both in O(n): the list is sorted, so a pointer at the cheapest item and one at the dearest,
each only ever moving inward, see every pair that matters.
"""


def count_affordable_pairs(prices: list[int], budget: int) -> int:
    raise NotImplementedError("count_affordable_pairs: count pairs i < j with prices[i] + prices[j] <= budget")


def closest_pair(prices: list[int], target: int) -> tuple[int, int] | None:
    raise NotImplementedError("closest_pair: the positions i < j whose total is nearest to target")
