"""Reference solution for mutator_returns.py."""


def add_tag(tags: list, tag: str) -> list:
    """Append tag to the caller's list and return that same list, so calls can be chained."""
    tags.append(tag)
    return tags


def ranked(scores: list) -> list:
    """Return a new list of the scores, highest first. The caller's list keeps its order."""
    return sorted(scores, reverse=True)


def sort_names(names: list) -> None:
    """Sort the caller's list of names in place, ignoring case: "ada" comes before "Bob"."""
    names.sort(key=str.casefold)
