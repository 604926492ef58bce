"""Misconception: a binary search halves the work, so it reads about half the items.

It halves what is left at every step: log2(n) reads.

checklist: interview_patterns.binary_search
"""

probes_of_a_binary_search.prediction = "524288"
