"""Misconception: save the original, patch, run, put it back; the happy path is enough.

When the action raises, the line that puts the original back never runs, and every later test
sees the frozen clock. A patch is undone in a finally (or by a context manager such as
unittest.mock.patch.object).

checklist: object_model.monkey_patching
"""


def frozen_now(clock_class: type, when, action):
    original = vars(clock_class).get("now")
    clock_class.now = staticmethod(lambda *args: when)
    result = action()
    if original is None:
        del clock_class.now
    else:
        clock_class.now = original
    return result
