"""Reference answers for functions_quiz.py."""

MUTABLE_DEFAULT_CHOICES = {
    "a": (
        'The default list is created once, when `def` runs, and stored on the function (f.__defaults__); every call that omits lst uses that same object'
    ),
    "b": (
        "The name lst is looked up in the module's globals whenever the argument is missing, so every call that omits it appends to one global list"
    ),
    "c": (
        "The expression [] is evaluated again on every call, but append() writes through to the caller's frame, which Python keeps alive between two calls of one function"
    ),
    "d": (
        "Python caches a function's last result (as functools.lru_cache does) and hands the cached list back when the arguments look alike"
    ),
}
MUTABLE_DEFAULT_ANSWER = "a"

VALID_SIGNATURE_CHOICES = {
    "a": 'def f(a=1, b, *args, **kwargs):',
    "b": 'def f(a, b=1, *args, c=3, *, d=2, **kwargs):',
    "c": 'def f(a, *, **kwargs):',
    "d": 'def f(a, b=1, *args, c, d=2, **kwargs):',
}
VALID_SIGNATURE_ANSWER = "d"  # a keyword-only parameter (c) may lack a default even after one that has it

BARE_STAR_CHOICES = {
    "a": 'It collects extra positional arguments and throws them away',
    "b": 'It makes retries required, default or not',
    "c": "It makes every parameter after it keyword-only: send('hi', 5) is a TypeError",
    "d": "It makes message positional-only: send(message='hi') fails",
}
BARE_STAR_ANSWER = "c"

CALL_GENERATOR_FUNCTION_CHOICES = {
    "a": 'Runs the body up to the first yield and returns the value yielded there',
    "b": 'Returns a generator object without running any of the body; next() runs it up to the first yield',
    "c": 'Runs the whole body and returns a list of everything it yields',
    "d": 'Raises TypeError unless the call is wrapped in next() or a for loop',
}
CALL_GENERATOR_FUNCTION_ANSWER = "b"
