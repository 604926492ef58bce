"""Misconception: a class cannot change after its class statement, so every new method needs a subclass.

A class is an ordinary (mutable) object: assigning a function to one of its attributes gives
the method to every instance, old ones included, because methods are looked up on the class at
each read. A subclass reaches only the instances made from it.

checklist: object_model.monkey_patching
"""


def teach(cls: type, name: str, function) -> type:
    return type(cls.__name__, (cls,), {name: function})
