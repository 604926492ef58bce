"""Misconception: __import__(dotted_name) returns the module with that name.

checklist: imports_modules.imports_execute
"""


def load(dotted_name: str):
    return __import__(dotted_name)
