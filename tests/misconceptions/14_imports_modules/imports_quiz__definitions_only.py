"""Misconception: an import only reads a module's definitions; none of its code runs.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_quiz.py: the reference answers, with the wrong belief's instead.
FIRST_IMPORT_ANSWER = "a"
