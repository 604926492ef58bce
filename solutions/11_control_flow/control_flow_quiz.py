"""Reference answers for control_flow_quiz.py."""

# Question 1 (elimination): "When does the else block of a for loop run?"
FOR_ELSE_CHOICES = {
    "a": 'only when the loop had nothing to iterate over, like the {% empty %} block of a template',
    "b": 'when the loop is left with break, so the else is where a found item gets handled',
    "c": 'always, after the loop has finished however it ended, like the finally of a try',
    "d": 'when the loop ends without break, including when it ran zero times',
}
FOR_ELSE_ANSWER = "d"


# Question 2: the try block of a try/except/else/finally statement raises nothing and does
# not return. Which blocks run, in which order?
TRY_ORDER_CHOICES = {
    "a": 'try, finally, else',
    "b": 'try, finally',
    "c": 'try, else, finally',
    "d": 'try, except, else, finally',
}
TRY_ORDER_ANSWER = "c"


# Question 3: inside a loop body, what does `pass` do?
PASS_CHOICES = {
    "a": 'skips the rest of this iteration and goes on with the next one, like continue',
    "b": 'nothing: execution goes on with the next statement of the body',
    "c": "leaves the loop at once, like break, but still lets the loop's else run",
    "d": "ends the iteration and keeps the loop's else from running, like a quiet break",
}
PASS_ANSWER = "b"


# Question 4: a function's try block raises KeyError and its finally block executes
# `return 0`. What does the caller get?
FINALLY_RETURN_CHOICES = {
    "a": '0: the return in finally discards the KeyError (since 3.14 the compiler warns about it, PEP 765)',
    "b": 'the KeyError: nothing in finally can stop an exception that is already on its way out',
    "c": (
        'a SyntaxError: since Python 3.14 (PEP 765) a return inside a finally block is refused at compile time'
    ),
    "d": '0, and then the KeyError is raised again in the caller once the return value has arrived',
}
FINALLY_RETURN_ANSWER = "a"
