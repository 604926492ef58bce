"""Misconception: deleting a module from sys.modules and importing it again is a reload.

It makes a second module object; everyone who imported the first keeps the old one.

checklist: imports_modules.module_caching
"""


def refresh(module):
    del sys.modules[module.__name__]
    return importlib.import_module(module.__name__)
