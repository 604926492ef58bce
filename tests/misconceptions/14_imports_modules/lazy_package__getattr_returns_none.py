"""Misconception: a module __getattr__ may answer None for the names it does not know.

Then every misspelt name "exists": hasattr(lab_reports, "graphs") is True and getattr with a
default never uses it. A __getattr__ must raise AttributeError for what it does not provide.

checklist: imports_modules.imports_execute
"""

PACKAGE = {
    **PACKAGE,
    "lab_reports/__init__.py": '''
import importlib

VERSION = "2.0"


def __getattr__(name):
    if name in ("charts", "tables"):
        return importlib.import_module(f".{name}", __name__)
    return None


def __dir__():
    return sorted({*globals(), "charts", "tables"})
''',
}
