"""Kata: shallow and deep copies, and the nested-object trap.

Task: snapshot and fork_config below return copies that are not independent enough. Fix them
so every docstring holds.

A shallow copy is a new outer container holding the very same inner objects. Changing an inner
object through the copy changes it for the original too. Only new objects all the way down
make a copy independent, and the copy module knows how to make those.
"""


def snapshot(board: list) -> list:
    """Return a copy of the board (a list of rows, each a list of cells) that moves on the board never change."""
    return board.copy()


def fork_config(config: dict) -> dict:
    """Return a copy of a nested config (dicts and lists inside dicts) to change at any depth.

    Changes to the fork never reach the original and the other way round. Where the original
    holds one object under two keys, the fork holds one (new) object under both keys too.
    """
    return dict(config)
