"""Reference solution for memo_hashtags.py: recursion on the start position, cached per call."""

from functools import lru_cache


def split_hashtag(tag: str, is_word) -> list[str] | None:
    @lru_cache(maxsize=None)  # a fresh cache for each tag and dictionary
    def split_from(start: int) -> tuple[str, ...] | None:
        if start == len(tag):
            return ()
        for end in range(start + 1, len(tag) + 1):
            if is_word(tag[start:end]):
                rest = split_from(end)
                if rest is not None:
                    return (tag[start:end], *rest)
        return None

    words = split_from(0)
    return None if words is None else list(words)
