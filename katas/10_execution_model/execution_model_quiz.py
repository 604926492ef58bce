"""Kata: names, objects and identity, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests know the right answer only as a salted digest, so reading them spoils nothing.

Elimination questions 3 and 4 of the interview suite. A candidate who gets either wrong is rejected.
"""

# Question 1 (elimination): "What does `x = y` do in Python?"
BINDING_CHOICES = {
    "a": "it copies the value of y into x",
    "b": "it binds the name x to the object that y refers to; nothing is copied",
    "c": "it makes a shallow copy of y and binds x to the copy",
    "d": "it makes x an alias of the variable y, so a later `y = 0` changes x too",
}
BINDING_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2 (elimination): "Difference between `is` and `==`?"
IS_CHOICES = {
    "a": "`is` compares identity (the very same object); `==` compares equality (what __eq__ says)",
    "b": "`is` is a faster `==` for numbers and strings",
    "c": "`is` compares types; `==` compares values",
    "d": "they differ only for mutable objects; for immutable ones they always agree",
}
IS_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: "How does Python pass arguments to a function?"
PASSING_CHOICES = {
    "a": "by value: the function works on a copy of each argument",
    "b": "by reference: assigning to a parameter rebinds the caller's variable",
    "c": "by value for immutable objects, by reference for mutable ones",
    "d": "by object reference: each parameter is a new name bound to the caller's object",
}
PASSING_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: in CPython, `int("7") is int("7")` is True, and whether `int("1000") is int("1000")`
# is True depends on the version. What may your code rely on?
CACHE_CHOICES = {
    "a": "small ints from -5 to 256 are always one object each, so `is` is safe for them",
    "b": "nothing: which equal immutable objects are shared is an implementation detail; compare values with ==",
    "c": "strings are always interned, so `is` is safe for any str",
    "d": "`is` is safe for every int or str written as a literal in the source",
}
CACHE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: when is `is` the right comparison?
WHEN_IS_CHOICES = {
    "a": "for small integers and short strings, because it is faster than ==",
    "b": "for any two immutable objects",
    "c": "for singletons such as None and your own sentinel objects, when you mean 'this very object'",
    "d": "for empty containers, as in `if items is []:`",
}
WHEN_IS_ANSWER = ...  # "a", "b", "c" or "d"
