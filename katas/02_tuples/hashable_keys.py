"""Kata: a tuple is hashable only if everything in it is.

Task: implement freeze(value), which turns JSON-like data (dicts, lists, strs, numbers,
bools, None, nested any way) into an equivalent value that can be a dict key or a set
element, so that results can be cached by their request.

A tuple cannot change which objects it holds; the objects themselves may still change.
`hash(t)` hashes every item, so `(1, [2])` is as unhashable as `[2]`.
"""


def freeze(value):
    """Return a hashable value that stands for value.

    freeze(a) == freeze(b) exactly when a == b. Lists become tuples, dicts become
    hashable values too (a dict's key order does not matter for ==), other values stay as
    they are. The caller's data is not changed.
    """
    raise NotImplementedError("freeze: make lists and dicts hashable, all the way down")
