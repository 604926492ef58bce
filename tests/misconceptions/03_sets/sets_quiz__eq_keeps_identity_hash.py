"""Misconception: a class that defines __eq__ keeps hashing by identity, as before.

checklist: sets.hashable_elements
"""

# The contract test appends this to solutions/03_sets/sets_quiz.py: the reference answers, with the wrong belief's instead.
EQ_WITHOUT_HASH_ANSWER = "a"
