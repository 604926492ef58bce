"""Misconception: a star import takes only what the module defines, not the modules it imported.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
star_without_all.prediction = "['helper', 'shown']"
