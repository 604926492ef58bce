"""Reference answers for sets_quiz.py."""

# Question 1: why is `x in some_set` O(1) on average?
MEMBERSHIP_CHOICES = {
    "a": "the set keeps its elements sorted and searches them by bisection",
    "b": "hash(x) picks a slot in the table, and only elements whose hash matches are compared with ==",
    "c": "the set caches the answers to recent lookups",
    "d": "CPython compares all elements in parallel",
}
MEMBERSHIP_ANSWER = "b"


# Question 2: when does a set lookup degrade to O(n)?
WORST_CASE_CHOICES = {
    "a": "never: set lookup is always O(1)",
    "b": "when the set holds more than a million elements",
    "c": "when many elements have equal hashes, so the lookup compares with each of them",
    "d": "when the elements are strings longer than the table",
}
WORST_CASE_ANSWER = "c"


# Question 3: why can a list not be an element of a set?
HASHABLE_CHOICES = {
    "a": "lists are too big to hash quickly",
    "b": "a list's contents can change, which would change a hash computed from them and strand it in the wrong slot; so list sets __hash__ to None",
    "c": "sets may only hold numbers and strings",
    "d": "it can: the set stores a copy of the list",
}
HASHABLE_ANSWER = "b"


# Question 4: a class defines __eq__ and no __hash__. What happens to `{Point(1, 2)}`?
EQ_WITHOUT_HASH_CHOICES = {
    "a": "it works, hashing the object's identity as before",
    "b": "it works, and Python derives __hash__ from __eq__",
    "c": "TypeError: defining __eq__ without __hash__ sets __hash__ to None, so instances are unhashable",
    "d": "it works, but every Point lands in the same slot",
}
EQ_WITHOUT_HASH_ANSWER = "c"


# Question 5: which one is a set with one element, the string "abc"?
LITERAL_CHOICES = {
    "a": "set('abc')",
    "b": "{'abc'}",
    "c": "set(('abc'))",
    "d": "{*'abc'}",
}
LITERAL_ANSWER = "b"
