"""Misconception: to learn where a module lives, import it and read __file__.

That runs the module.

checklist: imports_modules.imports_execute
"""


def source_of(name: str):
    try:
        return importlib.import_module(name).__file__
    except ImportError:
        return None
