"""Misconception: the E in LEGB stands for External.

checklist: scope.legb
"""

LEGB_CHOICES = {
    "a": "Local, External, Global, Built-in",
    "b": "Lexical, Enclosing, Global, Base",
    "c": "Local, Enclosing, Global, Built-in",
    "d": "Local, Enclosing, Generic, Bound",
}
LEGB_ANSWER = "a"

METHOD_LOOKUP_CHOICES = {
    "a": "the method's locals, the class body, the module globals, the built-ins",
    "b": "the method's locals, any enclosing functions, the module globals, the built-ins",
    "c": "the instance, the class, the module globals, the built-ins",
    "d": "the module globals first, then the method's locals, then the built-ins",
}
METHOD_LOOKUP_ANSWER = "b"

REBIND_CHOICES = {
    "a": "global",
    "b": "nonlocal",
    "c": "none: assigning to the name is enough",
    "d": "none: it is impossible without a mutable container",
}
REBIND_ANSWER = "b"
