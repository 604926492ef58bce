"""Misconception: naming the class (RetryPolicy.attempts) is as good as reading through self.

It works for RetryPolicy itself and ignores every subclass and instance that overrides the policy.

checklist: scope.legb
"""


class RetryPolicy:
    attempts = 3
    base_delay = 0.5

    def delays(self) -> list:
        return [RetryPolicy.base_delay * 2**n for n in range(RetryPolicy.attempts)]
