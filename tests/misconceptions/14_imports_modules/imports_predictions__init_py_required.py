"""Misconception: a folder without `__init__.py` is not a package, so importing from it fails.

Since Python 3.3 (PEP 420) such a folder is a namespace package: it imports, has a __path__,
and no file of its own (`__file__` is None).

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
namespace_package.prediction = ModuleNotFoundError
