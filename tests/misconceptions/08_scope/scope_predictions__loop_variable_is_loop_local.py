"""Misconception: a for loop's variable exists only inside the loop, like a comprehension's.

checklist: scope.legb
"""

loop_variable_outlives_its_loop.prediction = NameError
