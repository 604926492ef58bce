"""Kata: the LEGB rule, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer only as a salted digest, so it is not read by accident;
but anyone can hash every choice (dojo.testing.answer_digest) and find it: the digest is a
practice aid, not a secret. Choose first, then run the tests.

Elimination question 1 of the interview suite. A candidate who hesitates here is rejected.
"""

# Question 1 (elimination): "What does LEGB stand for?"
LEGB_CHOICES = {
    "a": 'Local, Enclosing, Global, Built-in',
    "b": 'Local, External, Global, Built-in',
    "c": 'Lexical, Enclosing, Global, Builtins module',
    "d": 'Local, Enclosing, Generic, Bound methods',
}
LEGB_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: a name is read inside a method. Which scopes does Python search, in order?
METHOD_LOOKUP_CHOICES = {
    "a": "the method's locals, the class body it was defined in, the module globals, the built-ins",
    "b": "the instance's attributes, its class and bases in MRO order, the module globals, the built-ins",
    "c": "the module globals first, then the method's locals, then the class attributes, the built-ins",
    "d": "the method's locals, any enclosing functions, the module globals, the built-ins",
}
METHOD_LOOKUP_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: which statement lets a nested function rebind a variable of the function around it?
REBIND_CHOICES = {
    "a": 'global',
    "b": 'nonlocal',
    "c": 'none: assigning to the name is enough',
    "d": 'none: it is impossible without a mutable container',
}
REBIND_ANSWER = ...  # "a", "b", "c" or "d"
