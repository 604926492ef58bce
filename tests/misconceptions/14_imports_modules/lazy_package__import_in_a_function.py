"""Misconception: moving the import into a function defined in __init__.py is enough.

A helper such as load_charts() defers the import, but callers who write lab_reports.charts or
`from lab_reports import charts` get AttributeError or ImportError: only a module-level
__getattr__ is consulted for a missing attribute.

checklist: imports_modules.imports_execute
"""

PACKAGE = {
    **PACKAGE,
    "lab_reports/__init__.py": '''
VERSION = "2.0"


def load(name):
    import importlib

    return importlib.import_module(f".{name}", __name__)
''',
}
