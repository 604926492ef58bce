"""Reference solution: __exit__ returns True only for an exception of the listed types."""


class ignoring:
    """with ignoring(KeyError, ValueError) as ignored: ..."""

    def __init__(self, *types: type[BaseException]):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
