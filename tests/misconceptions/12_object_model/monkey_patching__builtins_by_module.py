"""Misconception: only the types of the builtins module refuse new attributes.

Every type written in C is immutable, wherever it lives: collections.deque, datetime.date,
decimal.Decimal and re.Pattern raise the same TypeError as int. Trying the assignment and
catching the TypeError needs no list of such types.

checklist: object_model.monkey_patching
"""


def teach(cls: type, name: str, function) -> type:
    if cls.__module__ == "builtins":
        return type(cls.__name__, (cls,), {name: function})
    setattr(cls, name, function)
    return cls
