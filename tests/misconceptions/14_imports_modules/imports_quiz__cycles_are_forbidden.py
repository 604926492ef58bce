"""Misconception: Python forbids modules that import each other.

checklist: imports_modules.module_caching
"""

# The contract test appends this to solutions/14_imports_modules/imports_quiz.py: the reference answers, with the wrong belief's instead.
CYCLE_ANSWER = "a"
