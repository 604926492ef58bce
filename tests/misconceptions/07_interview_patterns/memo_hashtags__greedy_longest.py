"""Misconception: take the longest word that fits, then split the rest; no need to try others.

Greedy is fast, but the longest first word can leave a rest that does not split.

checklist: interview_patterns.memoization
"""


def split_hashtag(tag, is_word):
    words, start = [], 0
    while start < len(tag):
        for end in range(len(tag), start, -1):
            if is_word(tag[start:end]):
                words.append(tag[start:end])
                start = end
                break
        else:
            return None
    return words
