"""Misconception: `lazy import` is only a hint; the module still runs at the import line.

On 3.15 the name is bound to a lazy proxy and the module is neither run nor put in sys.modules
until the name is first used; before 3.15 the line does not even compile.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
lazy_import_waits_for_first_use.prediction = "heavy loading\napp ready True\nimported\n42"
