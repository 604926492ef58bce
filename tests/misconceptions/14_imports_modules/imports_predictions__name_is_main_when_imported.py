"""Misconception: a module's __name__ is "__main__" when the running program imports it.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
name_of_an_imported_module.prediction = "__main__\nrunning as a script"
