"""Misconception: functools.partial reads its arguments when called, like a lambda reads its variables.

checklist: scope.closure_late_binding
"""

partial_binds_at_creation.prediction = "[2, 2, 2] [2, 2, 2]"
