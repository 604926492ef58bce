"""Alternative: the window as a set; on a repeat, drop events from the left until the repeat is gone.

No positions remembered: the start walks forward one event at a time, removing each from the set.
Each event enters the set once and leaves it at most once, so the inner while loop adds up to n.
"""


def longest_distinct_streak(events: list) -> int:
    window: set = set()
    best = start = 0
    for event in events:
        while event in window:
            window.remove(events[start])
            start += 1
        window.add(event)
        best = max(best, len(window))
    return best
