"""Reference answers for functions_quiz.py."""

MUTABLE_DEFAULT_CHOICES = {
    "a": "Python caches a function's last result and appends to it on the next call",
    "b": "lst is a module-level variable, so every call appends to the same global list",
    "c": (
        "The default list is created once, when `def` runs, and stored on the function (f.__defaults__); "
        "every call that omits lst uses that same object"
    ),
    "d": "The expression [] is evaluated on every call, but append mutates the caller's frame",
}
MUTABLE_DEFAULT_ANSWER = "c"

VALID_SIGNATURE_CHOICES = {
    "a": "def f(a=1, b, *args, **kwargs):",
    "b": "def f(a, b=1, *args, c, d=2, **kwargs):",
    "c": "def f(a, **kwargs, *args):",
    "d": "def f(a, *, **kwargs):",
}
VALID_SIGNATURE_ANSWER = "b"  # a keyword-only parameter (c) may lack a default even after one that has it

BARE_STAR_CHOICES = {
    "a": "It collects extra positional arguments and throws them away",
    "b": "It makes retries required",
    "c": "It makes every parameter after it keyword-only: send('hi', 5) is a TypeError",
    "d": "It makes message positional-only",
}
BARE_STAR_ANSWER = "c"

CALL_GENERATOR_FUNCTION_CHOICES = {
    "a": "Runs the body up to the first yield and returns the value yielded there",
    "b": "Runs the whole body and returns a list of everything it yields",
    "c": "Returns a generator object without running any of the body; next() runs it up to the first yield",
    "d": "Raises TypeError unless the call is wrapped in next() or a for loop",
}
CALL_GENERATOR_FUNCTION_ANSWER = "c"
