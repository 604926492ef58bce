"""Misconception: the window is a list; on a repeat, cut it after the earlier copy with index().

A sliding window indeed, and correct, but `in` and index() on a list compare with every
element: O(window) per event, O(n * window) in all.

checklist: interview_patterns.sliding_window
"""


def longest_distinct_streak(events):
    window, best = [], 0
    for event in events:
        if event in window:
            window = window[window.index(event) + 1 :]
        window.append(event)
        best = max(best, len(window))
    return best
