"""Misconception: a method finds class-body names as if the class body were an enclosing scope.

checklist: scope.legb
"""

# The contract test appends this to solutions/08_scope/legb_quiz.py: the reference answers, with the wrong belief's instead.
METHOD_LOOKUP_ANSWER = "a"
