"""Misconception: reloading every plugin on each discover is harmless.

It runs each module's code again: every plugin registers a second time.

checklist: imports_modules.module_caching
"""


def discover(package: str) -> list:
    parent = importlib.import_module(package)
    names = sorted(info.name for info in pkgutil.iter_modules(parent.__path__, prefix=f"{package}."))
    for name in names:
        importlib.reload(importlib.import_module(name))
    return names
