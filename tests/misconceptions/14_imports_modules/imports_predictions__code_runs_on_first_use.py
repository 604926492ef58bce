"""Misconception: a module's code runs when something in it is first used, not at the import.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
import_runs_the_module.prediction = "before import\nafter import\ngreeter loading\nhello"
