"""Misconception: keep the words in a sorted list and test each with startswith.

Right answers, in order, but every search reads every word of the dictionary: O(n) per
keystroke, growing with the dictionary whatever the prefix. A trie (or bisect on the sorted
list) goes straight to the matches.

checklist: interview_patterns.trie
"""


class Autocomplete:
    def __init__(self, words):
        self.words = sorted(set(words))

    def complete(self, prefix: str) -> list[str]:
        return [word for word in self.words if word.startswith(prefix)]
