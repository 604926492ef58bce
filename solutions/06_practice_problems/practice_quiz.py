"""Reference answers for practice_quiz.py."""

# Question 1: two-sum with a dict from each value seen to its index. What does it cost for n numbers?
TWO_SUM_CHOICES = {
    "a": "O(n) time and O(1) extra space",
    "b": "O(n) time on average and O(n) extra space",
    "c": "O(n log n) time, because the dict keeps its keys sorted",
    "d": "O(n^2) time, because every lookup scans the dict",
}
TWO_SUM_ANSWER = "b"


# Question 2: why is `key in some_dict` O(1) on average but O(n) in the worst case?
DICT_WORST_CASE_CHOICES = {
    "a": "a dict is a balanced tree, and an unbalanced one degrades to a list",
    "b": "if many keys share a hash, one lookup compares the key with each of them",
    "c": "every lookup may trigger a resize that copies all n entries",
    "d": "the worst case only happens for string keys, which are compared character by character",
}
DICT_WORST_CASE_ANSWER = "b"


# Question 3: heapq.nlargest(k, items) on n items, for k much smaller than n. Its cost?
NLARGEST_CHOICES = {
    "a": "O(n log n): it sorts the items and slices off k",
    "b": "O(n * k): it takes max() k times",
    "c": "O(n log k): it keeps a heap of k items and compares each new item with the smallest of them",
    "d": "O(k log n): it only looks at k of the items",
}
NLARGEST_ANSWER = "c"


# Question 4: how does OrderedDict make move_to_end and popitem(last=False) O(1)?
ORDERED_DICT_CHOICES = {
    "a": "a hash table for lookup plus a doubly linked list of the keys for the order",
    "b": "it re-sorts the keys by insertion time after every change",
    "c": "it keeps the keys in a Python list and moves them with list.remove and list.append",
    "d": "it does not: both are O(n), only lookups are O(1)",
}
ORDERED_DICT_ANSWER = "a"


# Question 5: merging n intervals given in any order. What bounds the cost?
MERGE_COST_CHOICES = {
    "a": "the pass that merges: O(n) in all, because each interval is looked at once",
    "b": "the sort by start: O(n log n); the merging pass after it is O(n)",
    "c": "comparing every pair of intervals: O(n^2) is unavoidable",
    "d": "the number of merged intervals: O(m log m) for m results",
}
MERGE_COST_ANSWER = "b"
