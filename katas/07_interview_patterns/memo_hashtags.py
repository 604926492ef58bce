"""Kata: memoize overlapping subproblems.

Task: split_hashtag(tag, is_word) splits a hashtag's text into dictionary words and returns
them as a list, or None when no split exists. is_word(text) -> bool is the dictionary.
Any valid split will do; an empty tag splits into [].

    split_hashtag("pythontips", is_word)  ->  ["python", "tips"]

The dictionary is a slow remote service: a tag of n letters may ask it about each of its
n(n+1)/2 substrings at most once, never exponentially often. The rest of the tag after a
given position always splits the same way, however you got there: remember it.
"""


def split_hashtag(tag: str, is_word) -> list[str] | None:
    raise NotImplementedError("split_hashtag: the tag split into dictionary words, or None, asking is_word about each substring at most once")
