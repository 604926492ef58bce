"""Misconception: compare today with the top of the stack once (an `if`), not in a loop.

Today may be the warmer day for several waiting days: only the top one is answered.

checklist: interview_patterns.heap_stack
"""


def days_until_warmer(temperatures):
    waits = [0] * len(temperatures)
    waiting = []
    for day, temperature in enumerate(temperatures):
        if waiting and temperatures[waiting[-1]] < temperature:
            colder = waiting.pop()
            waits[colder] = day - colder
        waiting.append(day)
    return waits
