"""Misconception: `original = getattr(cls, "now")` saves the original, and setattr puts it back.

Reading cls.now runs the descriptor protocol: for a staticmethod it gives the bare function,
for an inherited method the base's function. Putting that back turns the staticmethod into a
plain function (which then receives self) and leaves a copy in a class that only inherited
now. Save and restore what the class's own namespace holds, vars(cls), as mock.patch does.

checklist: object_model.monkey_patching
"""


def frozen_now(clock_class: type, when, action):
    original = getattr(clock_class, "now")
    setattr(clock_class, "now", lambda *args: when)
    try:
        return action()
    finally:
        setattr(clock_class, "now", original)
