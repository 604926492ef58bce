"""Misconception: each lambda made in a loop remembers the value the loop variable had then.

checklist: scope.closure_late_binding
"""

# The contract test appends this to solutions/08_scope/scope_predictions.py: the reference answers, with the wrong belief's instead.
late_binding.prediction = "[0, 1, 2]"
