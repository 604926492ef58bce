"""Misconception: a for loop's else runs only when the loop had nothing to iterate over.

That is what {% for %} ... {% else %} means in Jinja2 (and {% empty %} in Django templates);
in Python the else runs whenever the loop ends without break.

checklist: control_flow.for_else
"""

FOR_ELSE_CHOICES = {
    "a": "only when the loop had nothing to iterate over",
    "b": "when the loop ends without break, including when it ran zero times",
    "c": "when the loop is left with break",
    "d": "always after the loop, like finally",
}
FOR_ELSE_ANSWER = "a"

TRY_ORDER_CHOICES = {
    "a": "try, finally, else",
    "b": "try, finally",
    "c": "try, else, finally",
    "d": "try, except, else, finally",
}
TRY_ORDER_ANSWER = "c"

PASS_CHOICES = {
    "a": "nothing: execution goes on with the next statement of the body",
    "b": "skips the rest of this iteration, like continue",
    "c": "leaves the loop, like break",
    "d": "ends the iteration and keeps the loop's else from running",
}
PASS_ANSWER = "a"

FINALLY_RETURN_CHOICES = {
    "a": "the KeyError: nothing in finally can stop an exception",
    "b": "a SyntaxError: return is not allowed in finally",
    "c": "0, and then the KeyError is raised in the caller",
    "d": "0: the return in finally discards the KeyError",
}
FINALLY_RETURN_ANSWER = "d"
