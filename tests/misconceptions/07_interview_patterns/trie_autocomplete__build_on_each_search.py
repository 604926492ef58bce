"""Misconception: a trie is the right structure, so build it when the search comes.

The trie answers right, but building it reads every character of every word: doing that in
complete() makes each search O(total length of the dictionary). Build once, search many times.

checklist: interview_patterns.trie
"""


class Autocomplete:
    def __init__(self, words):
        self.words = list(words)

    def complete(self, prefix: str) -> list[str]:
        root: dict = {}
        for word in self.words:
            node = root
            for char in word:
                node = node.setdefault(char, {})
            node[""] = True
        node = root
        for char in prefix:
            if char not in node:
                return []
            node = node[char]
        found, stack = [], [(str(prefix), node)]
        while stack:
            text, node = stack.pop()
            if "" in node:
                found.append(text)
            for char in sorted(node, reverse=True):
                if char:
                    stack.append((text + char, node[char]))
        return found
