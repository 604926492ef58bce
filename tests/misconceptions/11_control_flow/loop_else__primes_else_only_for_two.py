"""Misconception: the inner loop's else runs only when the inner loop never ran (the candidate 2).

So 2 is appended in the else and every other prime after a flag check; but the else also runs
for 3, 5, 7 ..., whose inner loops run out without break, and they are appended twice.

checklist: control_flow.for_else
"""


def primes_below(limit: int) -> list:
    primes = []
    for candidate in range(2, limit):
        has_divisor = False
        for divisor in range(2, candidate):
            if candidate % divisor == 0:
                has_divisor = True
                break
        else:
            primes.append(candidate)  # believed: only 2, whose range of divisors is empty
        if not has_divisor and candidate != 2:
            primes.append(candidate)
    return primes
