"""Reference answers for toolbox_quiz.py."""

# Question 1: `list(zip(names, scores))` where names has 3 items and scores has 5. What happens?
ZIP_CHOICES = {
    "a": "it raises ValueError because the lengths differ; pass strict=False to get 3 pairs and drop the rest",
    "b": "it gives 5 pairs, the last two padded with None for the missing names",
    "c": "it gives 5 pairs, starting names again from the beginning to fill the gap",
    "d": "it gives 3 pairs and silently ignores the rest of scores; strict=True would raise instead",
}
ZIP_ANSWER = "d"


# Question 2: `[key for key, _ in itertools.groupby(data)]` lists one key twice. Why?
GROUPBY_CHOICES = {
    "a": "groupby hashes each key into a table of groups, and two equal keys of different types can hash apart, making two groups",
    "b": "groupby starts a new group whenever the key changes, so equal keys apart from each other make two groups",
    "c": "groupby sorts its input first, and that sort is not stable, so equal keys can end up apart",
    "d": "it cannot happen: groupby collects all equal keys into one group, like GROUP BY in SQL",
}
GROUPBY_ANSWER = "b"


# Question 3: a method decorated with @functools.lru_cache(maxsize=None). What does that do to instances?
METHOD_CACHE_CHOICES = {
    "a": "one cache for the whole class holds self in every key, so every instance it saw stays alive",
    "b": "each instance gets its own cache, freed together with the instance when it is collected",
    "c": "nothing is ever cached, because self is part of the key and every call has a new self",
    "d": "it raises TypeError at the first call, because instances of a class are not hashable unless it defines __hash__",
}
METHOD_CACHE_ANSWER = "a"


# Question 4: `sorted(tasks, key=priority, reverse=True)`: what about tasks of equal priority?
REVERSE_CHOICES = {
    "a": "they come out reversed, exactly as with sorted(...)[::-1]",
    "b": "their order is arbitrary and may change from run to run",
    "c": "they keep their original relative order: the sort stays stable with reverse=True",
    "d": "they are ordered by their own < as a tie-break, so tasks must support comparison",
}
REVERSE_ANSWER = "c"
