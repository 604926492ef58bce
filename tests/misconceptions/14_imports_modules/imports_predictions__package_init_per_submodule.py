"""Misconception: a package's __init__.py runs again for every submodule imported.

checklist: imports_modules.module_caching
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
package_init_runs_once.prediction = "package init\nalpha\npackage init\nbeta"
