"""Misconception: in an import cycle, the second module sees the first one complete.

checklist: imports_modules.module_caching
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
partially_initialised.prediction = "True\nTrue"
