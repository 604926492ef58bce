"""Kata: the top k, without sorting everything.

Task: implement largest and most_frequent.

Sorting n items to keep k of them costs O(n log n) comparisons; a heap that never holds
more than k items costs O(n log k), and on shuffled input close to one comparison per item.
Counting with a dict costs O(n) lookups, never O(n^2) scans.

The tests pass values and words that count every comparison and hash made on them.
"""


def largest(values: list, k: int) -> list:
    """Return the k largest values, largest first (all of them if there are fewer than k).

    Only compare the values (< > <= >= ==) or negate them (-); leave the caller's list as it was.
    Expected cost: O(n log k) comparisons.
    """
    raise NotImplementedError("largest: the k largest values, largest first, in O(n log k) comparisons")


def most_frequent(words: list, k: int) -> list[tuple]:
    """Return the k most common words as (word, count) pairs, most common first.

    Words with equal counts come in the order in which each first appears in `words`:
    most_frequent(["b", "a", "a", "b", "c"], 2) == [("b", 2), ("a", 2)].
    Expected cost: O(n) hashes for n words.
    """
    raise NotImplementedError("most_frequent: the k most common (word, count) pairs, most common first, in O(n) hashes")
