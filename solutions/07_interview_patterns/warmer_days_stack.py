"""Reference solution for warmer_days_stack.py: a stack of waiting days, their temperatures never rising."""


def days_until_warmer(temperatures: list[int]) -> list[int]:
    waits = [0] * len(temperatures)
    waiting = []  # days without a warmer day yet; their temperatures never rise toward the top
    for day, temperature in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < temperature:
            colder = waiting.pop()
            waits[colder] = day - colder
        waiting.append(day)
    return waits
