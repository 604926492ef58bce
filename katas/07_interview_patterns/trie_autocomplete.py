"""Kata: a trie for prefix search (autocomplete).

Task: Autocomplete(words) takes a dictionary of words (any iterable of str; repeats count once).

- complete(prefix): every word of the dictionary that starts with prefix, the prefix itself
  included when it is a word, in alphabetical order (sorted()'s order). complete("") gives them all.

      Autocomplete(["dog", "care", "cat", "card", "car", "do"]).complete("car")  ->  ["car", "card", "care"]

The dictionary holds hundreds of thousands of words and a search runs on every keystroke: the
work of complete() may depend on the prefix and on the words it returns, never on how many
other words the dictionary holds. Building costs O(total length of the words), once. The tests
count every character read and every comparison or hash made on the words and the prefix.
"""


class Autocomplete:
    def __init__(self, words):
        raise NotImplementedError("Autocomplete: take the dictionary's words, once, in O(total length)")

    def complete(self, prefix: str) -> list[str]:
        raise NotImplementedError("complete: the words starting with prefix, sorted, whatever the dictionary's size")
