"""Misconception: a deque is one circular array, so d[i] in its middle is O(1) as for a list.

checklist: utility_functions.collections_deque
"""

# The contract test appends this to solutions/05_utility_functions/toolbox_quiz.py: the reference answers, with the wrong belief's instead.
DEQUE_MIDDLE_ANSWER = "a"
