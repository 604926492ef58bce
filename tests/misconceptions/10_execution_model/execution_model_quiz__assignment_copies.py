"""Misconception: `x = y` copies the value of y into x.

The elimination question 3 answer that ends the interview.

checklist: execution_model.binding_vs_mutation
"""

BINDING_CHOICES = {
    "a": "it copies the value of y into x",
    "b": "it binds the name x to the object that y refers to; nothing is copied",
    "c": "it makes a shallow copy of y and binds x to the copy",
    "d": "it makes x an alias of the variable y, so a later `y = 0` changes x too",
}
BINDING_ANSWER = "a"


IS_CHOICES = {
    "a": "`is` compares identity (the very same object); `==` compares equality (what __eq__ says)",
    "b": "`is` is a faster `==` for numbers and strings",
    "c": "`is` compares types; `==` compares values",
    "d": "they differ only for mutable objects; for immutable ones they always agree",
}
IS_ANSWER = "a"


PASSING_CHOICES = {
    "a": "by value: the function works on a copy of each argument",
    "b": "by reference: assigning to a parameter rebinds the caller's variable",
    "c": "by value for immutable objects, by reference for mutable ones",
    "d": "by object reference: each parameter is a new name bound to the caller's object",
}
PASSING_ANSWER = "d"


CACHE_CHOICES = {
    "a": "small ints from -5 to 256 are always one object each, so `is` is safe for them",
    "b": "nothing: which equal immutable objects are shared is an implementation detail; compare values with ==",
    "c": "strings are always interned, so `is` is safe for any str",
    "d": "`is` is safe for every int or str written as a literal in the source",
}
CACHE_ANSWER = "b"


WHEN_IS_CHOICES = {
    "a": "for small integers and short strings, because it is faster than ==",
    "b": "for any two immutable objects",
    "c": "for singletons such as None and your own sentinel objects, when you mean 'this very object'",
    "d": "for empty containers, as in `if items is []:`",
}
WHEN_IS_ANSWER = "c"
