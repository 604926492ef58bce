"""Misconception: looping over d.keys() is safe while deleting from d, because keys() copies.

checklist: dictionaries.resize_while_iterating
"""

# The contract test appends this to solutions/04_dictionaries/dicts_quiz.py: the reference answers, with the wrong belief's instead.
RESIZE_ANSWER = "a"
