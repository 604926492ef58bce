"""Misconception: only an object with __iter__ can be iterated, so iter() rejects a class with just __getitem__.

iter() still accepts the old sequence protocol (__getitem__ from 0 until IndexError), which
isinstance(x, collections.abc.Iterable) does not detect: try iter(x) to ask "can I loop over it?".

checklist: iterators_generators.iterable_vs_iterator
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
getitem_is_enough_for_iter.prediction = TypeError
