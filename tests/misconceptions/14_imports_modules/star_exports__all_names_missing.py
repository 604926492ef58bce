"""Misconception: __all__ may list names the module does not define.

The star import then raises AttributeError.

checklist: imports_modules.imports_execute
"""


__all__ = ["circle_area", "ring_area", "Circle", "square_area"]
