"""Misconception: pop while the waiting day is at most as warm as today.

`<=` treats an equally warm day as warmer.

checklist: interview_patterns.heap_stack
"""


def days_until_warmer(temperatures):
    waits = [0] * len(temperatures)
    waiting = []
    for day, temperature in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] <= temperature:
            colder = waiting.pop()
            waits[colder] = day - colder
        waiting.append(day)
    return waits
