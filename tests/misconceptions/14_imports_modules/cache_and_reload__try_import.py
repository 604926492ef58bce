"""Misconception: trying to import a module is a fine way to see whether it was imported.

It imports it, running its code.

checklist: imports_modules.module_caching
"""

import importlib
import importlib.util
import sys


def is_imported(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def load(dotted_name: str):
    return importlib.import_module(dotted_name)


def source_of(name: str):
    spec = importlib.util.find_spec(name)
    return spec.origin if spec is not None and spec.has_location else None


def refresh(module):
    return importlib.reload(module)
