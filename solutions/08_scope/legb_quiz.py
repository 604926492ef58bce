"""Reference answers for legb_quiz.py."""

LEGB_CHOICES = {
    "a": 'Local, Enclosing, Global, Built-in',
    "b": 'Local, External, Global, Built-in',
    "c": 'Lexical, Enclosing, Global, Builtins module',
    "d": 'Local, Enclosing, Generic, Bound methods',
}
LEGB_ANSWER = "a"

METHOD_LOOKUP_CHOICES = {
    "a": "the method's locals, the class body it was defined in, the module globals, the built-ins",
    "b": "the instance's attributes, its class and bases in MRO order, the module globals, the built-ins",
    "c": "the module globals first, then the method's locals, then the class attributes, the built-ins",
    "d": "the method's locals, any enclosing functions, the module globals, the built-ins",
}
METHOD_LOOKUP_ANSWER = "d"

REBIND_CHOICES = {
    "a": 'global',
    "b": 'nonlocal',
    "c": 'none: assigning to the name is enough',
    "d": 'none: it is impossible without a mutable container',
}
REBIND_ANSWER = "b"
