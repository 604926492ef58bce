"""Alternative: walk the days from the right, with a stack of the days that could still be someone's answer.

For each day, pop the later days that are not warmer than it (it hides them from every earlier
day), then the day on top, if any, is its next warmer day. Each day is pushed and popped once.
"""


def days_until_warmer(temperatures: list[int]) -> list[int]:
    waits = [0] * len(temperatures)
    candidates: list[int] = []  # later days, warmer toward the bottom
    for day in range(len(temperatures) - 1, -1, -1):
        while candidates and temperatures[candidates[-1]] <= temperatures[day]:
            candidates.pop()
        if candidates:
            waits[day] = candidates[-1] - day
        candidates.append(day)
    return waits
