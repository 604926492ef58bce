"""Misconception: a memo dict as a default argument, keyed by the start position, is a handy cache.

The default dict is made once, when the function is defined: every later tag reads what
earlier tags stored at the same positions.

checklist: interview_patterns.memoization
"""


def split_hashtag(tag, is_word, start=0, memo={}):
    if start == len(tag):
        return []
    if start in memo:
        return memo[start]
    answer = None
    for end in range(start + 1, len(tag) + 1):
        if is_word(tag[start:end]):
            rest = split_hashtag(tag, is_word, end, memo)
            if rest is not None:
                answer = [tag[start:end], *rest]
                break
    memo[start] = answer
    return answer
