"""Misconception: on a repeat, start a fresh window at the repeated event.

Throws away the events between the two copies, which belong to the next window (d v d f -> 2).

checklist: interview_patterns.sliding_window
"""


def longest_distinct_streak(events):
    window, best = set(), 0
    for event in events:
        if event in window:
            window = set()
        window.add(event)
        best = max(best, len(window))
    return best
