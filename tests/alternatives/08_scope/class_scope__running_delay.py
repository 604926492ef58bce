"""Alternative: delays() builds the schedule with a loop that doubles a running delay, read once through self.

The lesson is the same (class attributes are reached through the object, so subclasses and
instances can override them); the shape is a plain loop instead of a comprehension over 2**n.
"""


class RetryPolicy:
    attempts = 3
    base_delay = 0.5

    def delays(self) -> list:
        schedule, delay = [], self.base_delay
        for _ in range(self.attempts):
            schedule.append(delay)
            delay *= 2
        return schedule
