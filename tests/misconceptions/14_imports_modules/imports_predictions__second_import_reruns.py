"""Misconception: importing a module again runs it again and resets its variables.

checklist: imports_modules.module_caching
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
second_import.prediction = "counter loading\ncounter loading\n0"
