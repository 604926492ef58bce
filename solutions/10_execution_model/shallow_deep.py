"""Reference solution for shallow_deep.py."""

import copy


def snapshot(board: list) -> list:
    # board.copy() would give a new outer list holding the same row lists.
    return [list(row) for row in board]


def fork_config(config: dict) -> dict:
    # deepcopy copies every level, and its memo keeps an object shared in the original shared in the copy.
    return copy.deepcopy(config)
