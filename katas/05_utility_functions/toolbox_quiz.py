"""Kata: the built-in toolbox, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests know the right answer only as a salted digest, so reading them spoils nothing.
"""

# Question 1: `list(zip(names, scores))` where names has 3 items and scores has 5. What happens?
ZIP_CHOICES = {
    "a": "it raises ValueError because the lengths differ",
    "b": "it gives 5 pairs, the last two padded with None",
    "c": "it gives 3 pairs and silently ignores the rest of scores; strict=True would raise instead",
    "d": "it gives 5 pairs, starting names again from the beginning",
}
ZIP_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: `[key for key, _ in itertools.groupby(data)]` lists one key twice. Why?
GROUPBY_CHOICES = {
    "a": "groupby starts a new group whenever the key changes, so equal keys apart from each other make two groups",
    "b": "groupby hashes the keys, and two equal keys can have different hashes",
    "c": "groupby sorts its input first, and the sort is not stable",
    "d": "it cannot happen: groupby collects all equal keys into one group",
}
GROUPBY_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: a method decorated with @functools.lru_cache(maxsize=None). What does that do to instances?
METHOD_CACHE_CHOICES = {
    "a": "each instance gets its own cache, freed together with the instance",
    "b": "one cache for the whole class holds self in every key, so every instance it saw stays alive",
    "c": "nothing is ever cached, because self is part of the key",
    "d": "it raises TypeError, because instances are not hashable",
}
METHOD_CACHE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: `sorted(tasks, key=priority, reverse=True)`: what about tasks of equal priority?
REVERSE_CHOICES = {
    "a": "they come out in the reverse of their original order, as with sorted(...)[::-1]",
    "b": "they keep their original relative order: the sort stays stable with reverse=True",
    "c": "their order is arbitrary and may change from run to run",
    "d": "they are ordered by their own < as a tie-break",
}
REVERSE_ANSWER = ...  # "a", "b", "c" or "d"
