"""Misconception: `.copy()` and `dict(...)` copy a nested structure.

They make a new outer container around the very same inner lists and dicts.

checklist: execution_model.binding_vs_mutation
"""


def snapshot(board: list) -> list:
    return board.copy()


def fork_config(config: dict) -> dict:
    return dict(config)
