"""Misconception: zip(it, it) walks two independent copies of the iterator, so it pairs each item with itself.

zip calls iter() on each argument, and iter() of an iterator is the iterator itself: both
"inputs" are one stream, and zip takes turns pulling from it.

checklist: iterators_generators.iterable_vs_iterator
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
zip_one_iterator_twice.prediction = "[('a', 'a'), ('b', 'b'), ('c', 'c'), ('d', 'd'), ('e', 'e')]\n[]"
