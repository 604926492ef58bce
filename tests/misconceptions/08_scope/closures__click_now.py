"""Misconception: the fix for late binding is to call on_click(label) in the loop, while label still holds the right value.

checklist: scope.closure_late_binding
"""


def _returning(value):
    return lambda: value


def make_click_handlers(labels, on_click):
    return {label: _returning(on_click(label)) for label in labels}
