"""Misconception: every import runs the module again, resetting its state.

checklist: imports_modules.module_caching
"""

# The contract test appends this to solutions/14_imports_modules/imports_quiz.py: the reference answers, with the wrong belief's instead.
SECOND_IMPORT_ANSWER = "a"
