"""Misconception: deleting a module from sys.modules and importing it again is a reload.

It makes a second module object; everyone who imported the first keeps the old one.

checklist: imports_modules.module_caching
"""

import importlib
import importlib.util
import sys


def is_imported(name: str) -> bool:
    return name in sys.modules


def load(dotted_name: str):
    return importlib.import_module(dotted_name)


def source_of(name: str):
    spec = importlib.util.find_spec(name)
    return spec.origin if spec is not None and spec.has_location else None


def refresh(module):
    del sys.modules[module.__name__]
    return importlib.import_module(module.__name__)
