"""Misconception: __name__ is "__main__" in a module whenever the main program imports it.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_quiz.py: the reference answers, with the wrong belief's instead.
MAIN_ANSWER = "b"
