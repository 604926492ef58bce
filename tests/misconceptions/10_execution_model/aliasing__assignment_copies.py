"""Misconception: `merged = defaults` gives a copy of defaults to update.

It binds a second name to the caller's dict, and update() changes that one dict.

checklist: execution_model.binding_vs_mutation
"""


def with_defaults(options: dict, defaults: dict) -> dict:
    merged = defaults
    merged.update(options)
    return merged
