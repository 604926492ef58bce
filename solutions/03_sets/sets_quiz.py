"""Reference answers for sets_quiz.py."""

# Question 1: why is `x in some_set` O(1) on average?
MEMBERSHIP_CHOICES = {
    "a": "hash(x) picks a slot in the table, and only elements whose hash matches are compared with ==",
    "b": "the set keeps its elements sorted by their hashes and finds x by bisection, which is nearly constant",
    "c": "the set caches the answers to recent lookups, so repeated lookups of the same x are free",
    "d": "CPython compares x with all elements at once, using vector instructions on the table",
}
MEMBERSHIP_ANSWER = "a"


# Question 2: when does a set lookup degrade to O(n)?
WORST_CASE_CHOICES = {
    "a": "never: a set lookup is always O(1), whatever elements it holds",
    "b": "when the set holds more than a million elements and its table overflows",
    "c": "when the elements are strings longer than the table is wide, so hashing each of them is slow",
    "d": "when many elements have equal hashes, so the lookup compares with each of them",
}
WORST_CASE_ANSWER = "d"


# Question 3: why can a list not be an element of a set?
HASHABLE_CHOICES = {
    "a": "lists are too big to hash quickly, so sets refuse anything whose size is not fixed",
    "b": "it can: the set stores a copy of the list, taken when the list is added",
    "c": "a list can change, which would change a hash computed from its contents; so list sets __hash__ to None",
    "d": "sets may only hold built-in immutable types (numbers, strings and tuples); anything else raises TypeError",
}
HASHABLE_ANSWER = "c"


# Question 4: a class defines __eq__ and no __hash__. What happens to `{Point(1, 2)}`?
EQ_WITHOUT_HASH_CHOICES = {
    "a": "it works, hashing the object's identity as before, so equal points are two elements",
    "b": "TypeError: defining __eq__ without __hash__ sets __hash__ to None, so instances are unhashable",
    "c": "it works, and Python derives a __hash__ from the fields that __eq__ compares",
    "d": "it works, but every Point lands in the same slot, so the set degrades to a list",
}
EQ_WITHOUT_HASH_ANSWER = "b"


# Question 5: which one is a set with one element, the string "abc"?
LITERAL_CHOICES = {
    "a": "set('abc')",
    "b": "set(('abc'))",
    "c": "{*'abc'}",
    "d": "{'abc'}",
}
LITERAL_ANSWER = "d"


# Question 6: all_tags merges k sets of m tags each. What do `result = result | s` in a loop, and `result |= s` in the same loop, cost?
MERGE_MANY_CHOICES = {
    "a": "both O(k·m): `result | s` and `result |= s` do the same work, since Python turns the first into the second",
    "b": "O(k²·m) and O(k·m): `|` builds a new set and copies all merged so far on every pass; `|=` adds into one set",
    "c": "both O(k·m·log(k·m)): a union merges the sorted tables of the two sets, so every pass sorts the result",
    "d": "O(k·m) and O(k²·m): `|=` rehashes the whole result on every pass to keep its table compact; `|` starts afresh",
}
MERGE_MANY_ANSWER = "b"
