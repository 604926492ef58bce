"""Kata: the built-in toolbox, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer only as a salted digest: it keeps the answer from a casual
reader, but anyone can hash each choice to find it. It is a practice aid, not a secret.
"""

# Question 1: `list(zip(names, scores))` where names has 3 items and scores has 5. What happens?
ZIP_CHOICES = {
    "a": "it raises ValueError because the lengths differ; pass strict=False to get 3 pairs and drop the rest",
    "b": "it gives 5 pairs, the last two padded with None for the missing names",
    "c": "it gives 5 pairs, starting names again from the beginning to fill the gap",
    "d": "it gives 3 pairs and silently ignores the rest of scores; strict=True would raise instead",
}
ZIP_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: `[key for key, _ in itertools.groupby(data)]` lists one key twice. Why?
GROUPBY_CHOICES = {
    "a": "groupby hashes each key into a table of groups, and two equal keys of different types can hash apart, making two groups",
    "b": "groupby starts a new group whenever the key changes, so equal keys apart from each other make two groups",
    "c": "groupby sorts its input first, and that sort is not stable, so equal keys can end up apart",
    "d": "it cannot happen: groupby collects all equal keys into one group, like GROUP BY in SQL",
}
GROUPBY_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: a method decorated with @functools.lru_cache(maxsize=None). What does that do to instances?
METHOD_CACHE_CHOICES = {
    "a": "one cache for the whole class holds self in every key, so every instance it saw stays alive",
    "b": "each instance gets its own cache, freed together with the instance when it is collected",
    "c": "nothing is ever cached, because self is part of the key and every call has a new self",
    "d": "it raises TypeError at the first call, because instances of a class are not hashable unless it defines __hash__",
}
METHOD_CACHE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: `sorted(tasks, key=priority, reverse=True)`: what about tasks of equal priority?
REVERSE_CHOICES = {
    "a": "they come out reversed, exactly as with sorted(...)[::-1]",
    "b": "their order is arbitrary and may change from run to run",
    "c": "they keep their original relative order: the sort stays stable with reverse=True",
    "d": "they are ordered by their own < as a tie-break, so tasks must support comparison",
}
REVERSE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: a worker takes jobs with `jobs.popleft()` and adds them with `jobs.append(job)`, `jobs` a collections.deque. What do popleft, append, appendleft and pop cost?
DEQUE_ENDS_CHOICES = {
    "a": "O(1) for each: a deque is a linked list of fixed-size blocks, so both ends are reached without moving items",
    "b": "O(1) for append and pop only; popleft moves every remaining item one slot to the left, just as list.pop(0) does",
    "c": "O(n) for each: a deque is a list underneath and copies itself whenever it grows or shrinks at either end",
    "d": "O(log n) for each: a deque is a balanced tree of its items, which keeps both of its ends sorted and cheap",
}
DEQUE_ENDS_ANSWER = ...  # "a", "b", "c" or "d"


# Question 6: what does reading `jobs[len(jobs) // 2]`, the middle item of a collections.deque of n items, cost?
DEQUE_MIDDLE_CHOICES = {
    "a": "O(1), as for a list: a deque is one circular array with a moving start, so item i's address is plain arithmetic",
    "b": "O(log n): the deque keeps an index of its blocks and bisects it to find the block that holds item i",
    "c": "O(1) amortised: the first d[i] builds a cached index of the whole deque, later ones reuse that index",
    "d": "O(n): it walks the blocks from the nearer end, so the middle is the slowest; use a list for random access",
}
DEQUE_MIDDLE_ANSWER = ...  # "a", "b", "c" or "d"
