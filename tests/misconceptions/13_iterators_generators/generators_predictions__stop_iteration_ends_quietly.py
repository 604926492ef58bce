"""Misconception: a StopIteration leaking from next() inside a generator just ends it (the rule before Python 3.7).

checklist: iterators_generators.stopiteration
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
stop_iteration_inside_a_generator.prediction = "[1, 2]\n[1]"
