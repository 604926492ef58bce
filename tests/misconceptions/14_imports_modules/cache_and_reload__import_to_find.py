"""Misconception: to learn where a module lives, import it and read __file__.

That runs the module.

checklist: imports_modules.imports_execute
"""

import importlib
import importlib.util
import sys


def is_imported(name: str) -> bool:
    return name in sys.modules


def load(dotted_name: str):
    return importlib.import_module(dotted_name)


def source_of(name: str):
    try:
        return importlib.import_module(name).__file__
    except ImportError:
        return None


def refresh(module):
    return importlib.reload(module)
