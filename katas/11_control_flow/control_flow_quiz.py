"""Kata: control flow, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests know the right answer only as a salted digest, so reading them spoils nothing.

Question 1 is this topic's elimination question: a candidate who has never heard of
for-else is rejected.
"""

# Question 1 (elimination): "When does the else block of a for loop run?"
FOR_ELSE_CHOICES = {
    "a": "only when the loop had nothing to iterate over",
    "b": "when the loop ends without break, including when it ran zero times",
    "c": "when the loop is left with break",
    "d": "always after the loop, like finally",
}
FOR_ELSE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: the try block of a try/except/else/finally statement raises nothing and does
# not return. Which blocks run, in which order?
TRY_ORDER_CHOICES = {
    "a": "try, finally, else",
    "b": "try, finally",
    "c": "try, else, finally",
    "d": "try, except, else, finally",
}
TRY_ORDER_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: inside a loop body, what does `pass` do?
PASS_CHOICES = {
    "a": "nothing: execution goes on with the next statement of the body",
    "b": "skips the rest of this iteration, like continue",
    "c": "leaves the loop, like break",
    "d": "ends the iteration and keeps the loop's else from running",
}
PASS_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: a function's try block raises KeyError and its finally block executes
# `return 0`. What does the caller get?
FINALLY_RETURN_CHOICES = {
    "a": "the KeyError: nothing in finally can stop an exception",
    "b": "a SyntaxError: return is not allowed in finally",
    "c": "0, and then the KeyError is raised in the caller",
    "d": "0: the return in finally discards the KeyError",
}
FINALLY_RETURN_ANSWER = ...  # "a", "b", "c" or "d"
