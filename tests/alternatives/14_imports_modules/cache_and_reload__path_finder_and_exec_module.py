"""Alternative: the lower layers of importlib instead of its front doors.

load calls __import__ (which imports every package on the way) and picks the submodule out of
sys.modules; source_of asks importlib.machinery.PathFinder, the finder that searches sys.path,
giving it the parent package's __path__ for a submodule; refresh re-runs the module's code with
its own loader in the module object, which is the heart of importlib.reload.
"""

import importlib
import importlib.machinery
import sys


def is_imported(name: str) -> bool:
    return sys.modules.get(name) is not None


def load(dotted_name: str):
    __import__(dotted_name)
    return sys.modules[dotted_name]


def source_of(name: str):
    parent, _, _ = name.rpartition(".")
    search_path = importlib.import_module(parent).__path__ if parent else None
    spec = importlib.machinery.PathFinder.find_spec(name, search_path)
    return spec.origin if spec is not None and spec.has_location else None


def refresh(module):
    module.__spec__.loader.exec_module(module)
    return module
