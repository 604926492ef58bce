"""Kata: group anagrams by a hashable signature.

Task: implement signature and group_anagrams.

Two words are anagrams when they hold the same characters the same number of times
("listen", "silent"; case and every character count: "Ab" and "ba" are not). Give each word
a signature, a hashable value equal for anagrams and different for everything else, and
grouping becomes one dict lookup per word: O(n) lookups for n words.

The tests replace signature with one that counts every hash and comparison made on the
signatures, at two input sizes: a grouping that compares signatures against each other is
correct and still fails.
"""


def signature(word: str):
    """Return a hashable value, equal for two words exactly when they are anagrams."""
    raise NotImplementedError("signature: a hashable value equal for anagrams, different otherwise")


def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams of each other, using signature(word) for each word.

    Groups come in the order of their first word in `words`; each group keeps the input
    order, duplicates included: ["tea", "eat", "tan", "ate", "nat", "bat"] gives
    [["tea", "eat", "ate"], ["tan", "nat"], ["bat"]].
    """
    raise NotImplementedError("group_anagrams: the groups of anagrams, in order of first appearance, in O(n) lookups")
