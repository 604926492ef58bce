"""Kata: a class body is not an enclosing scope.

Task: RetryPolicy.delays() raises NameError. Fix it so it works for RetryPolicy and for
every subclass that changes `attempts` or `base_delay`.

Names assigned in a class body become class attributes. Functions defined in that body,
methods and comprehensions alike, do not see them as variables.
"""


class RetryPolicy:
    """Exponential back-off: wait base_delay, then twice that, and so on, `attempts` times."""

    attempts = 3
    base_delay = 0.5

    def delays(self) -> list:
        """Return the seconds to wait before each attempt: [base, 2*base, 4*base, ...]."""
        return [base_delay * 2**n for n in range(attempts)]
