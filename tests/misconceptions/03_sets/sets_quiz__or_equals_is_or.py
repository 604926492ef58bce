"""Misconception: `result = result | s` and `result |= s` do the same work, so merging k sets in a loop is linear either way.

checklist: sets.membership_algebra
"""

# The contract test appends this to solutions/03_sets/sets_quiz.py: the reference answers, with the wrong belief's instead.
MERGE_MANY_ANSWER = "a"
