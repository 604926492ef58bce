"""Misconception: an except-like filter compares types exactly (except matches subclasses; so must the filter).

checklist: none
"""


class ignoring:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        if exc_type in self.types:
            self.caught = exc
            return True
        return False
