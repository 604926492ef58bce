"""Misconception: __import__("a.b") returns the submodule a.b, like import_module.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
import_module_or_dunder_import.prediction = "lab_tree.leaf lab_tree.leaf"
