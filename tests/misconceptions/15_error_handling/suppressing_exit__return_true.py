"""Misconception: returning True from __exit__ is how a context manager handles errors (it swallows every exception, Ctrl-C included).

checklist: error_handling.bare_except
"""


class ignoring:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        self.caught = exc
        return True
