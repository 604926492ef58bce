"""Misconception: after a loop that never ran, the loop variable is None.

checklist: scope.legb
"""

loop_variable_outlives_its_loop.prediction = "c\nNone"
