"""Alternative: de-duplicate with dict.fromkeys before sorting, format with map, compare by an empty symmetric difference.

The reference sorts a set, joins a generator and compares two sets with ==. Here the words are
de-duplicated by a dict's keys and then sorted, the tags are formatted by mapping str.format
over the sorted tags, and two lists hold the same members when no item is in only one of them.
"""


def sorted_unique(words: list) -> list:
    return sorted(dict.fromkeys(words))


def tag_line(tags: set) -> str:
    return " ".join(map("#{}".format, sorted(tags)))


def same_members(first: list, second: list) -> bool:
    return not set(first).symmetric_difference(second)
