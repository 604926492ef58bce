"""Misconception: `items += [item]` means `items = items + [item]`, so it makes a new list.

For a list, += extends the list in place: the caller's list changes.

checklist: execution_model.binding_vs_mutation
"""


def appended(items: list, item) -> list:
    items += [item]
    return items
