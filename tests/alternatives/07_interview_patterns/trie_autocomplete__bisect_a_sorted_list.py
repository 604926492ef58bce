"""Alternative: no trie; the distinct words in a sorted list, and bisect to the first match.

All words with a prefix sit together in sorted order, starting where the prefix would be
inserted. bisect_left finds that place in O(log n) comparisons, then a walk takes the matches
and stops at the first word without the prefix. Less memory than a trie, O(log n) more work.
"""

from bisect import bisect_left


class Autocomplete:
    def __init__(self, words):
        self.words = sorted(set(words))

    def complete(self, prefix: str) -> list[str]:
        found = []
        for position in range(bisect_left(self.words, prefix), len(self.words)):
            word = self.words[position]
            if not word.startswith(prefix):
                break
            found.append(str(word))
        return found
