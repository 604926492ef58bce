"""Reference answers for execution_model_quiz.py."""

BINDING_CHOICES = {
    "a": 'it copies the value of y into x, so x and y can change independently',
    "b": 'it makes a shallow copy of y and binds x to the copy, sharing the inner objects',
    "c": 'it binds the name x to the object that y refers to; nothing is copied',
    "d": 'it makes x an alias of the variable y, so a later `y = 0` changes x too',
}
BINDING_ANSWER = "c"


IS_CHOICES = {
    "a": '`is` is a faster `==` for numbers and strings, which CPython caches, so both give one answer there',
    "b": (
        '`is` compares types (as isinstance does); `==` compares values, converting between numeric types first'
    ),
    "c": (
        'they differ only for mutable objects; for immutable ones such as ints, strs and tuples they always agree'
    ),
    "d": '`is` compares identity (the very same object); `==` compares equality (what __eq__ says)',
}
IS_ANSWER = "d"


PASSING_CHOICES = {
    "a": "by object reference: each parameter is a new name bound to the caller's object",
    "b": 'by value: the function works on a copy of each argument',
    "c": "by reference: assigning to a parameter rebinds the caller's variable",
    "d": 'by value for immutable objects, by reference for mutable ones',
}
PASSING_ANSWER = "a"


CACHE_CHOICES = {
    "a": 'small ints from -5 to 256 are one object each on every CPython version, so `is` is safe for them',
    "b": (
        'nothing: which equal immutable objects are shared is an implementation detail; compare values with =='
    ),
    "c": 'strings are always interned, so `is` is safe for any str, whether from a literal or from input()',
    "d": (
        '`is` is safe for every int or str written as a literal in the source, because the compiler shares constants'
    ),
}
CACHE_ANSWER = "b"


WHEN_IS_CHOICES = {
    "a": "for singletons such as None and your own sentinel objects, when you mean 'this very object'",
    "b": 'for small integers and short strings, because it is faster than ==',
    "c": 'for any two immutable objects, since they can never change',
    "d": 'for empty containers, as in `if items is []:`',
}
WHEN_IS_ANSWER = "a"
