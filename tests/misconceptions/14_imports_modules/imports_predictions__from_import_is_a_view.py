"""Misconception: `from m import x` gives a name that follows m.x when m rebinds it.

checklist: imports_modules.module_caching
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
from_import_copies_the_binding.prediction = "debug debug"
