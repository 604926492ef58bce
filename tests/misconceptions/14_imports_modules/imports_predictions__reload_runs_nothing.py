"""Misconception: reload only refreshes the module if its file changed.

checklist: imports_modules.module_caching
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
reload_runs_it_again.prediction = "config loading\ndebug"
