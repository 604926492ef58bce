"""Alternative: inclusive running totals built by a loop, with the first day as a special case.

running[d] is the total up to and including day d (no leading zero), so a range that starts at
day 0 is running[last] itself, and any other is running[last] - running[first - 1].
"""


class StepLog:
    def __init__(self, daily_steps):
        self.running = []
        total = 0
        for steps in daily_steps:
            total += steps
            self.running.append(total)

    def total(self, first: int, last: int) -> int:
        before = self.running[first - 1] if first > 0 else 0
        return self.running[last] - before
