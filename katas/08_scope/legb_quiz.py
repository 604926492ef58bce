"""Kata: the LEGB rule, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests know the right answer only as a salted digest, so reading them spoils nothing.

Elimination question 1 of the interview suite. A candidate who hesitates here is rejected.
"""

# Question 1 (elimination): "What does LEGB stand for?"
LEGB_CHOICES = {
    "a": "Local, External, Global, Built-in",
    "b": "Lexical, Enclosing, Global, Base",
    "c": "Local, Enclosing, Global, Built-in",
    "d": "Local, Enclosing, Generic, Bound",
}
LEGB_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: a name is read inside a method. Which scopes does Python search, in order?
METHOD_LOOKUP_CHOICES = {
    "a": "the method's locals, the class body, the module globals, the built-ins",
    "b": "the method's locals, any enclosing functions, the module globals, the built-ins",
    "c": "the instance, the class, the module globals, the built-ins",
    "d": "the module globals first, then the method's locals, then the built-ins",
}
METHOD_LOOKUP_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: which statement lets a nested function rebind a variable of the function around it?
REBIND_CHOICES = {
    "a": "global",
    "b": "nonlocal",
    "c": "none: assigning to the name is enough",
    "d": "none: it is impossible without a mutable container",
}
REBIND_ANSWER = ...  # "a", "b", "c" or "d"
