"""Reference answers for dicts_quiz.py."""

# Question 1: what does `{1: "a", 1.0: "b", True: "c"}` evaluate to?
EQUAL_KEYS_CHOICES = {
    "a": "a dict with three keys, since 1, 1.0 and True have different types",
    "b": "{True: 'c'}: the last key written wins, with its value",
    "c": "{1: 'c'}: one key, the first one written, holding the last value",
    "d": "a TypeError: keys of different types cannot be mixed",
}
EQUAL_KEYS_ANSWER = "c"  # "a", "b", "c" or "d"


# Question 2: since which version does the language guarantee that dicts keep insertion order?
ORDER_CHOICES = {
    "a": "never: order is an implementation detail of CPython",
    "b": "Python 3.7 (CPython 3.6 already did it, as an implementation detail)",
    "c": "Python 3.9, together with the | operator",
    "d": "only OrderedDict keeps order; dict sorts its keys",
}
ORDER_ANSWER = "b"  # "a", "b", "c" or "d"


# Question 3: you must remove some keys from a dict while looking at every key. What do you do?
RESIZE_CHOICES = {
    "a": "loop over d.keys(), which is a copy, and delete from d",
    "b": "loop over d and delete: Python adjusts the iteration",
    "c": "loop over list(d) (a snapshot), or build the new contents first and then change d",
    "d": "wrap the loop in try/except RuntimeError",
}
RESIZE_ANSWER = "c"  # "a", "b", "c" or "d"


# Question 4: counting how many times each word occurs in a list. What is the idiomatic tool?
COUNTING_CHOICES = {
    "a": "collections.Counter(words)",
    "b": "a dict with d.setdefault(word, 0) += 1",
    "c": "sorted(set(words), key=words.count)",
    "d": "a list of [word, count] pairs, searched for each word and updated",
}
COUNTING_ANSWER = "a"  # "a", "b", "c" or "d"
