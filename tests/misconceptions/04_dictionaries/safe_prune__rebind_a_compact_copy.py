"""Misconception: binding a freshly built copy to the parameter shrinks the caller's dict.

The copy is small, but the assignment only rebinds the local name: the caller's dict keeps its
table sized for every key it ever held.

checklist: dictionaries.table_size
"""


def compact(cache: dict) -> None:
    cache = dict(cache)
