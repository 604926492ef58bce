"""Kata: the set algebra and average O(1) membership.

Task: implement the six functions below, each with a set operator or method rather than a
loop. None of them may change the sets it is given.

    a | b   union          a & b   intersection      a - b   difference
    a ^ b   symmetric difference (in exactly one)     a <= b  subset       a < b  proper subset
"""


def missing_permissions(required: set, granted: set) -> set:
    """Return the permissions in required that are not in granted."""
    raise NotImplementedError("missing_permissions: required but not granted")


def mutual_friends(friends_a: set, friends_b: set) -> set:
    """Return the people who are friends of both."""
    raise NotImplementedError("mutual_friends: friends of both")


def changed_settings(before: set, after: set) -> set:
    """Return the settings that were switched on or off: in exactly one of before and after."""
    raise NotImplementedError("changed_settings: in one of the two sets, not in both")


def can_run(granted: set, required: set) -> bool:
    """Return True when every required permission is granted (granting more than required is fine)."""
    raise NotImplementedError("can_run: is required a subset of granted?")


def all_tags(*tag_sets: set) -> set:
    """Return a new set of every tag in any of the given sets; all_tags() is an empty set."""
    raise NotImplementedError("all_tags: the union of any number of sets")


def first_repeat(items: list):
    """Return the first item that appears for the second time, scanning left to right, or None.

    Items are hashable. first_repeat([3, 1, 4, 1, 3]) == 1. Work in time proportional to
    len(items): the tests count how often items are hashed and compared.
    """
    raise NotImplementedError("first_repeat: the first item seen a second time, in linear time")
