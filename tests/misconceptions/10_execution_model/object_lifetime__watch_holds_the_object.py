"""Misconception: remembering an object in a closure does not keep it alive.

checklist: execution_model.binding_vs_mutation
"""


def watch(obj):
    return lambda: obj is not None
