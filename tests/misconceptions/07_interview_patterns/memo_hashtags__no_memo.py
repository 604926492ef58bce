"""Misconception: plain recursion is fine, since each call only tries the words that fit.

Correct, and exponential: the same rest of the tag is split again for every way of reaching it.

checklist: interview_patterns.memoization
"""


def split_hashtag(tag, is_word):
    if tag == "":
        return []
    for end in range(1, len(tag) + 1):
        if is_word(tag[:end]):
            rest = split_hashtag(tag[end:], is_word)
            if rest is not None:
                return [tag[:end], *rest]
    return None
