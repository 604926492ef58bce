"""Misconception: __import__(package) returns the package it was given.

For a dotted name it returns the top-level package, whose __path__ is another folder.

checklist: imports_modules.imports_execute
"""


def discover(package: str) -> list:
    parent = __import__(package)
    names = sorted(info.name for info in pkgutil.iter_modules(parent.__path__, prefix=f"{package}."))
    for name in names:
        importlib.import_module(name)
    return names
