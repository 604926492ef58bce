"""Misconception: a lazy import of a module that does not exist fails at the import line.

On 3.15 nothing is looked up until the name is used, so the module finishes loading and the
error comes out of the first use; before 3.15 the line does not even compile.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
lazy_import_of_a_missing_module.prediction = ModuleNotFoundError
