"""Misconception: calling a generator function runs its body up to the first yield.

checklist: iterators_generators.lifecycle
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
body_runs_late.prediction = "body starts\ngenerator made\n1"
