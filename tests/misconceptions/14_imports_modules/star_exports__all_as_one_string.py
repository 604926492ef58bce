"""Misconception: __all__ can be one string of names.

A star import iterates it character by character.

checklist: imports_modules.imports_execute
"""


__all__ = "circle_area ring_area Circle"
