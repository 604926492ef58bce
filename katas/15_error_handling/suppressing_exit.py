"""Kata: a context manager whose __exit__ decides whether an exception goes on.

Task: implement the class ignoring, a small contextlib.suppress that remembers what it
swallowed.

`with` calls __exit__(exc_type, exc, traceback) on the way out of the block: with three
Nones after a normal exit, with the exception when the block raised. If __exit__ returns a
true value, the exception is suppressed and execution goes on after the with statement;
a false value (None too) lets it propagate.
"""


class ignoring:
    """with ignoring(KeyError, ValueError) as ignored: ...

    An exception of the listed types (or their subclasses) raised in the block is swallowed
    and stored in ignored.caught; any other exception propagates unchanged. ignored.caught is
    None when nothing was swallowed.
    """

    def __init__(self, *types: type[BaseException]):
        raise NotImplementedError("ignoring: remember the types; caught starts as None")

    def __enter__(self):
        raise NotImplementedError("__enter__: return self, so `as` gets this object")

    def __exit__(self, exc_type, exc, traceback):
        raise NotImplementedError("__exit__: return True only for an exception of the listed types")
