"""Misconception: trying to import a module is a fine way to see whether it was imported.

It imports it, running its code.

checklist: imports_modules.module_caching
"""


def is_imported(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True
