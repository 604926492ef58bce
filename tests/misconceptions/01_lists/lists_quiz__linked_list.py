"""Misconception: a Python list is a linked list, so taking from its front is cheap.

checklist: lists.operation_cost
"""

# The contract test appends this to solutions/01_lists/lists_quiz.py: the reference answers, with the wrong belief's instead.
POP_FRONT_ANSWER = "a"
INDEX_ANSWER = "b"
