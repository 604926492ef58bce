"""Reference solution for cache_and_reload.py."""

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
    return importlib.reload(module)
