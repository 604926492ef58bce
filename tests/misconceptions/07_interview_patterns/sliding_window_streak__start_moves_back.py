"""Misconception: on a repeat, the window starts right after the event's last position, always.

When that position lies before the window already, the start jumps back and the window
holds a repeat (a b b a -> 3).

checklist: interview_patterns.sliding_window
"""


def longest_distinct_streak(events):
    last_seen = {}
    start = best = 0
    for end, event in enumerate(events):
        if event in last_seen:
            start = last_seen[event] + 1
        last_seen[event] = end
        best = max(best, end - start + 1)
    return best
