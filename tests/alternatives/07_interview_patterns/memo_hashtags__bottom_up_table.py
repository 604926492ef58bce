"""Alternative: tabulation instead of memoization; fill a table from the end of the tag to its start.

split_from[i] holds a split of tag[i:] (a list of words) or None; it is filled for i = n down to 0,
so the rest after any candidate word is already known. No recursion, no cache decorator, and each
substring is asked about at most once.
"""


def split_hashtag(tag: str, is_word) -> list[str] | None:
    n = len(tag)
    split_from: list[list[str] | None] = [None] * (n + 1)
    split_from[n] = []
    for start in range(n - 1, -1, -1):
        for end in range(start + 1, n + 1):
            rest = split_from[end]
            if rest is not None and is_word(tag[start:end]):
                split_from[start] = [tag[start:end], *rest]
                break
    return split_from[0]
