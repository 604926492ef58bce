"""Kata: setdefault, defaultdict and Counter, each where it fits.

Task: group_by calls its factory far too often, and top_words is still a stub. Fix and
implement them so every docstring holds; the tests count the factory calls.

`d.setdefault(key, make())` evaluates make() on every call, before setdefault even looks at
the key. collections.defaultdict(make) calls make() only for a key that is missing.
collections.Counter counts hashable things and knows the most common ones.
"""


def group_by(items, key, factory=list) -> dict:
    """Group items by key(item): {group key: container of the items, in order}.

    factory() makes one empty container per group (a list unless told otherwise) and must
    be called once per group, never more. The result is a plain dict: reading a group that
    does not exist raises KeyError and adds nothing.
    """
    groups = {}
    for item in items:
        groups.setdefault(key(item), factory()).append(item)
    return groups


def top_words(words, n: int) -> list:
    """The n most frequent words as [(word, count), ...], most frequent first.

    Words with equal counts come in the order each was first seen. Fewer than n distinct
    words give all of them.
    """
    raise NotImplementedError("top_words: count the words and take the most common n")
