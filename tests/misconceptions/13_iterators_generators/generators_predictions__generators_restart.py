"""Misconception: a generator can be iterated again, like the list it resembles.

checklist: iterators_generators.iterable_vs_iterator
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
iterate_twice.prediction = "14 14"
