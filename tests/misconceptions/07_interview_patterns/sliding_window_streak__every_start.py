"""Misconception: try every start and walk forward until a repeat; the inner loop breaks early anyway.

Correct, and O(n * window): with long windows that is O(n^2).

checklist: interview_patterns.sliding_window
"""


def longest_distinct_streak(events):
    best = 0
    for start in range(len(events)):
        seen = set()
        for event in events[start:]:
            if event in seen:
                break
            seen.add(event)
        best = max(best, len(seen))
    return best
