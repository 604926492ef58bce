"""Reference solution for sliding_window_streak.py: a window [start, end] and each event's last position."""


def longest_distinct_streak(events: list) -> int:
    last_seen = {}
    start = best = 0
    for end, event in enumerate(events):
        previous = last_seen.get(event)
        if previous is not None and previous >= start:
            start = previous + 1  # the window must begin after the earlier copy
        last_seen[event] = end
        best = max(best, end - start + 1)
    return best
