"""Misconception: returning a list is as good as yielding the items.

The list is built in full before the caller sees the first item: every line is read up
front, and a stream that never ends is never finished.

checklist: functions.return_vs_yield
"""


def non_blank(lines):
    return [line.strip() for line in lines if line.strip()]
