"""Kata: the complexity questions that follow every classic, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer as a salted digest: that keeps it from a casual glance, but
anyone can hash each choice to find it (and solutions/ holds them all). It is a practice aid,
not a secret: answer first, then run the tests.
"""

# Question 1: two-sum with a dict from each value seen to its index. What does it cost for n numbers?
TWO_SUM_CHOICES = {
    "a": "O(n) time and O(1) extra space: only the current pair is ever kept",
    "b": "O(n log n) time, because the dict keeps its keys sorted for lookups",
    "c": "O(n^2) time, because every lookup scans the keys stored so far",
    "d": "O(n) time on average and O(n) extra space for the values seen",
}
TWO_SUM_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: why is `key in some_dict` O(1) on average but O(n) in the worst case?
DICT_WORST_CASE_CHOICES = {
    "a": "a dict is a balanced tree, and an unbalanced one degrades to a linked list",
    "b": "if many keys share a hash, one lookup compares the key with each of them",
    "c": "every lookup may trigger a resize that copies all n entries to a new table",
    "d": "the worst case only happens for string keys, which are compared character by character",
}
DICT_WORST_CASE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: heapq.nlargest(k, items) on n items, for k much smaller than n. Its cost?
NLARGEST_CHOICES = {
    "a": "O(n log n): it sorts all n items with sorted() and then slices off the first k",
    "b": "O(n * k): it scans what is left for the maximum k times, one pass per result",
    "c": "O(n log k): a heap of the best k so far, each new item compared with its smallest",
    "d": "O(k log n): it heapifies the items in place and then pops only k of them off",
}
NLARGEST_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: how does OrderedDict make move_to_end and popitem(last=False) O(1)?
ORDERED_DICT_CHOICES = {
    "a": "a hash table for lookup plus a doubly linked list of the keys for the order",
    "b": "it re-sorts its keys by insertion time after every change, which Timsort does fast",
    "c": "it keeps the keys in a Python list and moves them with list.remove and list.append",
    "d": "it does not: both scan the keys and are O(n), only the lookups are O(1)",
}
ORDERED_DICT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: merging n intervals given in any order. What bounds the cost?
MERGE_COST_CHOICES = {
    "a": "the pass that merges: O(n) in all, because each interval is looked at once",
    "b": "comparing every pair of intervals: O(n^2) is unavoidable when they come unsorted",
    "c": "the number of merged intervals: O(m log m) for the m intervals of the result",
    "d": "the sort by start, O(n log n); the one merging pass after it is only O(n)",
}
MERGE_COST_ANSWER = ...  # "a", "b", "c" or "d"


# Question 6: grouping n words of at most k letters by the signature ''.join(sorted(word)). Its cost?
ANAGRAM_COST_CHOICES = {
    "a": "O(n k log k): each word is sorted once, then one dict lookup per word",
    "b": "O(n^2 k): each word is compared with the first word of every group found so far",
    "c": "O(n log n): the words are sorted by signature once, then grouped in a single pass",
    "d": "O(n k^2): building each signature copies the string once per character added",
}
ANAGRAM_COST_ANSWER = ...  # "a", "b", "c" or "d"
