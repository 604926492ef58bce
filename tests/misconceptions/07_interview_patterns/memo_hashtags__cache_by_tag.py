"""Misconception: lru_cache on a module-level helper keyed by (tag, start) is memoization done right.

The cache outlives the call, and its key leaves out the dictionary the answer depends on: the
same tag with another dictionary gets the old answer.

checklist: interview_patterns.memoization
"""


_dictionary = {}


@lru_cache(maxsize=None)
def _split_from(tag, start):
    if start == len(tag):
        return ()
    for end in range(start + 1, len(tag) + 1):
        if _dictionary["is_word"](tag[start:end]):
            rest = _split_from(tag, end)
            if rest is not None:
                return (tag[start:end], *rest)
    return None


def split_hashtag(tag, is_word):
    _dictionary["is_word"] = is_word
    words = _split_from(tag, 0)
    return None if words is None else list(words)
