"""Kata: a sliding window over a stream of events.

Task: longest_distinct_streak(events) returns the length of the longest run of consecutive
events in which no event appears twice. Events are hashable (user ids, page names), and the
list is long: O(n), so every event may enter the window once and leave it once.

    longest_distinct_streak(["home", "cart", "home", "pay", "help"])  ->  4  (cart, home, pay, help)
"""


def longest_distinct_streak(events: list) -> int:
    raise NotImplementedError("longest_distinct_streak: the length of the longest run with no repeated event, in O(n)")
