"""Kata: the cost questions that follow each pattern, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer as a salted digest: that keeps it from a casual glance, but
anyone can hash each choice to find it (and solutions/ holds them all). It is a practice aid,
not a secret: answer first, then run the tests.
"""

# Question 1: union-find with union by size and path compression: m finds and unions on n items cost?
UNION_FIND_CHOICES = {
    "a": "O(m alpha(n)) in all: amortized near-constant per call, as alpha(n) < 5 in practice",
    "b": "O(m log n) exactly: each find walks a path as long as the height of its tree",
    "c": "O(m n): a find may still walk through all n items of its set, every time it runs",
    "d": "O(m) in the worst case: each single call is constant time, not only on average",
}
UNION_FIND_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: a trie of N words. Finding every word that starts with a prefix of length p costs?
TRIE_CHOICES = {
    "a": "O(N p): every word of the trie is compared with the prefix, one character at a time",
    "b": "O(log N): a trie is a balanced search tree over the words, halving them at each level",
    "c": "O(p + the answer): walk down p characters, then visit only the subtree below them",
    "d": "O(p log N): one binary search over the words for each character of the prefix typed",
}
TRIE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: heapq.merge over k sorted iterators that hold n items in all. Time and extra memory?
MERGE_CHOICES = {
    "a": "O(n log n) time and O(n) memory: it reads every item first, then sorts them all",
    "b": "O(n k) time and O(k) memory: it compares all k current heads for every item it yields",
    "c": "O(n log k) time and O(n) memory: it buffers each iterator in a list before merging",
    "d": "O(n log k) time and O(k) memory: a heap that holds one current head per iterator",
}
MERGE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: two heaps keep the running median of n numbers. One add costs, and one median costs?
MEDIAN_CHOICES = {
    "a": "O(log n) each: asking for the median pops both heap tops and pushes them back again",
    "b": "O(log n) per add and O(1) per median: the median only reads one or two heap tops",
    "c": "O(1) per add, amortized, and O(n) per median: the heaps are only scanned when asked",
    "d": "O(n) per add and O(1) per median: both halves are sorted lists kept in order by insert",
}
MEDIAN_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: Kahn's algorithm on V packages and E dependencies. Its cost, and how does it see a cycle?
KAHN_CHOICES = {
    "a": "O(V + E); the queue runs dry while packages still wait: they are on a cycle or behind one",
    "b": "O(V^2); it rescans all packages for one with nothing left to wait for, forever on a cycle",
    "c": "O(E log V); the ready packages wait in a heap, and a cycle shows up as a RecursionError",
    "d": "O(V + E); every package still waiting when the queue runs dry lies on the cycle itself",
}
KAHN_ANSWER = ...  # "a", "b", "c" or "d"


# Question 6: Floyd's slow and fast pointers on a linked list of n nodes. Time and extra memory?
FLOYD_CHOICES = {
    "a": "O(n) time and O(n) memory: the fast pointer remembers every node that it has passed",
    "b": "O(n^2) time and O(1) memory: the fast pointer may go round the cycle up to n times",
    "c": "O(n) time and O(1) memory: inside a cycle the gap shrinks by one node per step",
    "d": "O(n log n) time and O(1) memory: the fast pointer doubles its stride on every lap",
}
FLOYD_ANSWER = ...  # "a", "b", "c" or "d"


# Question 7: a recursive DFS down a path of 5,000 nodes, on CPython 3.11-3.15 with default settings?
DEPTH_CHOICES = {
    "a": "it works: since 3.11 CPython grows its stack of Python frames as deep as needed",
    "b": "it crashes the interpreter with a segmentation fault, on every one of those versions",
    "c": "it works from 3.12 on, which raised the default recursion limit from 1000 to 10,000",
    "d": "RecursionError: the default limit, sys.getrecursionlimit(), is 1000 nested Python calls",
}
DEPTH_ANSWER = ...  # "a", "b", "c" or "d"


# Question 8: a bottom-up table for the fewest coins of an amount A with c coin values. Time and memory?
COINS_CHOICES = {
    "a": "O(A + c) time and O(A) memory: each amount is settled by the largest coin that fits",
    "b": "O(A c) time and O(A) memory: one table entry per amount, each entry trying every coin",
    "c": "O(c^A) time and O(A) memory: every sequence of coins adding up to A is tried once",
    "d": "O(A log A) time and O(A) memory: the amounts are sorted before the table is filled in",
}
COINS_ANSWER = ...  # "a", "b", "c" or "d"
