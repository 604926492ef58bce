"""Misconception: zip stops as soon as one input is used up, without taking anything more.

zip asks its inputs in turn: it takes "e" from the first, then finds the second (the same
iterator) empty, and "e" is gone. Code that reuses an iterator after zip loses an item.

checklist: iterators_generators.iterable_vs_iterator
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
zip_one_iterator_twice.prediction = "[('a', 'b'), ('c', 'd')]\n['e']"
