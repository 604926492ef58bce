"""Kata: dictionaries, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer only as a salted digest: it keeps the answer from a casual
reader, but anyone can hash each choice to find it. It is a practice aid, not a secret.
"""

# Question 1: what does `{1: "a", 1.0: "b", True: "c"}` evaluate to?
EQUAL_KEYS_CHOICES = {
    "a": "{1: 'c'}: one key, the first one written, holding the last value",
    "b": "{True: 'c'}: the last key written wins, and so does its value",
    "c": "a dict with three keys, since 1, 1.0 and True have different types",
    "d": "a TypeError: keys of different types cannot be mixed in one dict literal",
}
EQUAL_KEYS_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: since which version does the language guarantee that dicts keep insertion order?
ORDER_CHOICES = {
    "a": "never: the order is an implementation detail of CPython that may change",
    "b": "only OrderedDict keeps order; a plain dict orders its keys by hash",
    "c": "Python 3.9, together with the | and |= operators for merging",
    "d": "Python 3.7 (CPython 3.6 already did it, as an implementation detail)",
}
ORDER_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: you must remove some keys from a dict while looking at every key. What do you do?
RESIZE_CHOICES = {
    "a": "loop over d.keys(), which is a copy of the keys, and delete from d",
    "b": "loop over list(d) (a snapshot), or build the new contents first and then change d",
    "c": "loop over d and delete: Python adjusts the iteration to the new size of the dict",
    "d": "wrap the loop in try/except RuntimeError and carry on",
}
RESIZE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: counting how many times each word occurs in a list. What is the idiomatic tool?
COUNTING_CHOICES = {
    "a": "a dict with d.setdefault(word, 0) += 1 for each word",
    "b": "sorted(set(words), key=words.count), which gives counts in order",
    "c": "collections.Counter(words)",
    "d": "a list of [word, count] pairs, searched for each word and updated",
}
COUNTING_ANSWER = ...  # "a", "b", "c" or "d"
