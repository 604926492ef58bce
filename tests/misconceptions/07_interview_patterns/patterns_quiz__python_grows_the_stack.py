"""Misconception: since 3.11 Python grows its stack of frames as deep as a recursion needs.

3.11 stopped using the C stack for Python-to-Python calls, but sys.getrecursionlimit() still
stops the recursion at 1000 nested calls by default, on every version through 3.15.

checklist: interview_patterns.trees
"""

# The contract test appends this to solutions/07_interview_patterns/patterns_quiz.py: the reference answers, with the wrong belief's instead.
DEPTH_ANSWER = "a"
