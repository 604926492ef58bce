"""Kata: binary search with bisect on sorted timestamps.

Task: a log's timestamps (seconds) are sorted ascending; several events may share a second.

- count_between(timestamps, start, end): how many timestamps t satisfy start <= t < end
  (start included, end excluded, like range()).
- last_at_or_before(timestamps, moment): the position of the last timestamp <= moment,
  or None when every timestamp is later.

The log has millions of entries: O(log n) each, with the bisect module. Never walk the log.
"""


def count_between(timestamps, start: int, end: int) -> int:
    raise NotImplementedError("count_between: how many timestamps t with start <= t < end, in O(log n)")


def last_at_or_before(timestamps, moment: int) -> int | None:
    raise NotImplementedError("last_at_or_before: the position of the last timestamp <= moment, or None")
