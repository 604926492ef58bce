"""Alternative: discover lists the package's folders itself and registers with a callable class.

Instead of pkgutil.iter_modules, it scans each folder of the package's __path__ for .py files
and subpackages (folders with an __init__.py), then imports each by its full name; a second
discover imports nothing new because sys.modules remembers. register returns an instance of a
small class whose __call__ does the registering.
"""

import importlib
import os


class _Registrar:
    def __init__(self, name):
        self.name = name

    def __call__(self, function):
        if self.name in REGISTRY:  # noqa: F821 (defined by the reference solution this is appended to)
            raise ValueError(f"a plugin called {self.name!r} is already registered")
        REGISTRY[self.name] = function  # noqa: F821
        return function


def register(name: str):
    return _Registrar(name)


def discover(package: str) -> list:
    parent = importlib.import_module(package)
    found = set()
    for folder in parent.__path__:
        for entry in os.scandir(folder):
            stem, extension = os.path.splitext(entry.name)
            if entry.is_file() and extension == ".py" and stem != "__init__":
                found.add(stem)
            elif entry.is_dir() and os.path.exists(os.path.join(entry.path, "__init__.py")):
                found.add(entry.name)
    names = sorted(f"{package}.{stem}" for stem in found if stem.isidentifier())
    for name in names:
        importlib.import_module(name)
    return names
