"""Kata: names, objects and identity, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer only as a salted digest, so it is not read by accident;
but anyone can hash every choice (dojo.testing.answer_digest) and find it: the digest is a
practice aid, not a secret. Choose first, then run the tests.

Elimination questions 3 and 4 of the interview suite. A candidate who gets either wrong is rejected.
"""

# Question 1 (elimination): "What does `x = y` do in Python?"
BINDING_CHOICES = {
    "a": 'it copies the value of y into x, so x and y can change independently',
    "b": 'it makes a shallow copy of y and binds x to the copy, sharing the inner objects',
    "c": 'it binds the name x to the object that y refers to; nothing is copied',
    "d": 'it makes x an alias of the variable y, so a later `y = 0` changes x too',
}
BINDING_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2 (elimination): "Difference between `is` and `==`?"
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
IS_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: "How does Python pass arguments to a function?"
PASSING_CHOICES = {
    "a": "by object reference: each parameter is a new name bound to the caller's object",
    "b": 'by value: the function works on a copy of each argument',
    "c": "by reference: assigning to a parameter rebinds the caller's variable",
    "d": 'by value for immutable objects, by reference for mutable ones',
}
PASSING_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: in CPython, `int("7") is int("7")` is True, and whether `int("1000") is int("1000")`
# is True depends on the version. What may your code rely on?
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
CACHE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: when is `is` the right comparison?
WHEN_IS_CHOICES = {
    "a": "for singletons such as None and your own sentinel objects, when you mean 'this very object'",
    "b": 'for small integers and short strings, because it is faster than ==',
    "c": 'for any two immutable objects, since they can never change',
    "d": 'for empty containers, as in `if items is []:`',
}
WHEN_IS_ANSWER = ...  # "a", "b", "c" or "d"
