"""Misconception: grouping anagrams compares each word with every group found so far.

With a hashable signature as a dict key, a word finds its group in one lookup: the cost is
sorting each word's letters, O(k log k), plus O(1) on average per word.

checklist: practice_problems.grouping
"""

# The contract test appends this to solutions/06_practice_problems/practice_quiz.py: the reference answers, with the wrong belief's instead.
ANAGRAM_COST_ANSWER = "b"
