"""Kata: methods that change a list return None.

Task: add_tag, ranked and sort_names below each lose a list or change the wrong one. Fix them
so every docstring holds.

`lst.append(x)`, `lst.sort()`, `lst.reverse()`, `lst.extend(...)`: a method that changes the
list in place returns None, by convention, so nobody mistakes it for a copy. `sorted(lst)`
leaves lst alone and returns a new list.
"""


def add_tag(tags: list, tag: str) -> list:
    """Append tag to the caller's list and return that same list, so calls can be chained."""
    tags = tags.append(tag)
    return tags


def ranked(scores: list) -> list:
    """Return a new list of the scores, highest first. The caller's list keeps its order."""
    return scores.sort(reverse=True)


def sort_names(names: list) -> None:
    """Sort the caller's list of names in place, ignoring case: "ada" comes before "Bob"."""
    names = sorted(names, key=str.lower)
