"""Misconception: version strings sort correctly as text.

checklist: utility_functions.sorted_key
"""


def by_version(versions):
    return sorted(versions)
