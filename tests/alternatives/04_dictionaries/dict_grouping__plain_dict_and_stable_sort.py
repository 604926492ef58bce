"""Alternative: a plain dict that calls factory() on the first item of a group; counts sorted stably.

The reference uses defaultdict(factory) and Counter.most_common. Here group_by asks `in` before
it creates a group's container, so it never builds one it does not need and returns the dict
it built; top_words counts into a dict (first-seen order) and sorts the pairs by count with
reverse=True, which keeps tied words in their first-seen order because the sort is stable.
"""


def group_by(items, key, factory=list) -> dict:
    groups = {}
    for item in items:
        group = key(item)
        if group not in groups:
            groups[group] = factory()
        groups[group].append(item)
    return groups


def top_words(words, n: int) -> list:
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda pair: pair[1], reverse=True)[:n]
