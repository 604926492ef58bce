"""Reference solution for class_scope.py."""


class RetryPolicy:
    attempts = 3
    base_delay = 0.5

    def delays(self) -> list:
        # Class attributes are reached through the object, so subclasses and instances can override them.
        return [self.base_delay * 2**n for n in range(self.attempts)]
