"""Misconception: finding the plugin files is enough for them to register.

A module's code, its register() calls included, runs only when it is imported.

checklist: imports_modules.imports_execute
"""


def discover(package: str) -> list:
    parent = importlib.import_module(package)
    names = sorted(info.name for info in pkgutil.iter_modules(parent.__path__, prefix=f"{package}."))
    return names
