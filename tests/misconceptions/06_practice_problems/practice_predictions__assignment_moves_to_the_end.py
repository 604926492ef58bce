"""Misconception: assigning to an existing key of an OrderedDict moves it to the end, like a use.

Assignment keeps the key's place; only move_to_end (or delete and insert) changes the order.

checklist: practice_problems.lru_cache
"""

# The contract test appends this to solutions/06_practice_problems/practice_predictions.py: the reference answers, with the wrong belief's instead.
assignment_does_not_move.prediction = "c"
