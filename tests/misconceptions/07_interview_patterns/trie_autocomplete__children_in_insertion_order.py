"""Misconception: a depth-first walk of the trie gives the words in alphabetical order by itself.

Each node's dict keeps its children in the order the words were added, so the walk returns
"zeta" before "zap" when "zeta" was added first. Visit the children in sorted order.

checklist: interview_patterns.trie
"""


class Autocomplete:
    def __init__(self, words):
        self.root: dict = {}
        for word in words:
            node = self.root
            for char in word:
                node = node.setdefault(char, {})
            node[""] = True

    def complete(self, prefix: str) -> list[str]:
        node = self.root
        for char in prefix:
            if char not in node:
                return []
            node = node[char]
        found, stack = [], [(str(prefix), node)]
        while stack:
            text, node = stack.pop()
            if "" in node:
                found.append(text)
            for char in reversed(list(node)):
                if char:
                    stack.append((text + char, node[char]))
        return found
