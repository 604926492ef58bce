"""Misconception: visit the days from warmest to coolest, and look up the nearest warmer day seen so far.

Correct, with a different algorithm from the stack: sorting alone costs O(n log n)
comparisons, and gathering the days of each temperature rescans what is left: O(n^2) in all.

checklist: interview_patterns.heap_stack
"""

from bisect import bisect_right, insort


def days_until_warmer(temperatures):
    waits = [0] * len(temperatures)
    warmer_days = []  # the days warmer than the ones being visited, sorted by day
    order = sorted(range(len(temperatures)), key=lambda day: temperatures[day], reverse=True)
    position = 0
    while position < len(order):
        temperature = temperatures[order[position]]
        same = [day for day in order[position:] if temperatures[day] == temperature]
        for day in same:
            after = bisect_right(warmer_days, day)
            if after < len(warmer_days):
                waits[day] = warmer_days[after] - day
        for day in same:
            insort(warmer_days, day)
        position += len(same)
    return waits
