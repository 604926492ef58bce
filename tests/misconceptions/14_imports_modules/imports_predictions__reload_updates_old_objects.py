"""Misconception: after a reload, objects made from the old class are instances of the new one.

checklist: imports_modules.module_caching
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
reload_and_isinstance.prediction = "True False"
