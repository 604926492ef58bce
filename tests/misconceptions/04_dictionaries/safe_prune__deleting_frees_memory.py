"""Misconception: deleting keys gives their memory back, so a pruned dict is already as small as it can be.

A dict's table is resized only when an insertion needs room; deleted keys leave dummy slots,
so a dict that once held 10,000 keys keeps that table when 10 are left.

checklist: dictionaries.table_size
"""


def compact(cache: dict) -> None:
    pass  # nothing to do: the deleted keys are gone already
