"""Alternative: snapshot with copy.deepcopy, fork_config with a recursive copy that keeps its own memo.

The hand-written copy walks dicts and lists and remembers what it copied by id, so an object
shared in the original is shared in the copy too, as deepcopy's memo does.
"""

import copy


def snapshot(board: list) -> list:
    return copy.deepcopy(board)


def fork_config(config: dict) -> dict:
    copied = {}

    def clone(value):
        if id(value) in copied:
            return copied[id(value)]
        if isinstance(value, dict):
            result = copied[id(value)] = {}
            result.update((key, clone(item)) for key, item in value.items())
            return result
        if isinstance(value, list):
            result = copied[id(value)] = []
            result.extend(clone(item) for item in value)
            return result
        return copy.deepcopy(value)

    return clone(config)
