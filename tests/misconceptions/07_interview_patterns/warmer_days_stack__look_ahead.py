"""Misconception: for each day, scan forward to the first warmer day; the scan usually stops early.

Correct, and O(n^2) when warm days are rare (a cold spell scans to the end from every day).

checklist: interview_patterns.heap_stack
"""


def days_until_warmer(temperatures):
    waits = []
    for day, temperature in enumerate(temperatures):
        wait = 0
        for later in range(day + 1, len(temperatures)):
            if temperatures[later] > temperature:
                wait = later - day
                break
        waits.append(wait)
    return waits
