"""Misconception: importing a module again picks up its new source.

The second import hands back the cached module from sys.modules.

checklist: imports_modules.module_caching
"""


def refresh(module):
    return importlib.import_module(module.__name__)
