"""Misconception: a deque is a list underneath, so popleft shifts every item as list.pop(0) does.

checklist: utility_functions.collections_deque
"""

# The contract test appends this to solutions/05_utility_functions/toolbox_quiz.py: the reference answers, with the wrong belief's instead.
DEQUE_ENDS_ANSWER = "b"
