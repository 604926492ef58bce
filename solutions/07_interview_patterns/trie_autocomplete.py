"""Reference solution for trie_autocomplete.py: a trie of dicts, walked down the prefix, then depth first in order."""

END = ""  # the key that marks "a word ends here": no real character is the empty string


class Autocomplete:
    def __init__(self, words):
        self.root: dict = {}
        for word in words:
            node = self.root
            for char in word:
                node = node.setdefault(char, {})
            node[END] = True

    def complete(self, prefix: str) -> list[str]:
        node = self.root
        for char in prefix:
            if char not in node:
                return []
            node = node[char]
        found = []
        stack = [(str(prefix), node)]
        while stack:
            text, node = stack.pop()
            if END in node:
                found.append(text)
            for char in sorted(node, reverse=True):  # reversed onto the stack: popped in alphabetical order
                if char != END:
                    stack.append((text + char, node[char]))
        return found
