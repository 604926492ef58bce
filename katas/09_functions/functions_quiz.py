"""Kata: function questions with one right answer, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer only as a salted digest, so it is not read by accident;
but anyone can hash every choice (dojo.testing.answer_digest) and find it: the digest is a
practice aid, not a secret. Choose first, then run the tests.

Question 1 is elimination question 2 of the interview suite: the mutable default. Knowing
that the second call "sees" the first one is not enough; say why.
"""

# Question 1 (elimination): `def f(x, lst=[]): lst.append(x); return lst`. Why does f(2),
# called after f(1), return [1, 2]?
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
MUTABLE_DEFAULT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: which of these `def` lines does Python accept?
VALID_SIGNATURE_CHOICES = {
    "a": 'def f(a=1, b, *args, **kwargs):',
    "b": 'def f(a, b=1, *args, c=3, *, d=2, **kwargs):',
    "c": 'def f(a, *, **kwargs):',
    "d": 'def f(a, b=1, *args, c, d=2, **kwargs):',
}
VALID_SIGNATURE_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: in `def send(message, *, retries=3)`, what does the bare * do?
BARE_STAR_CHOICES = {
    "a": 'It collects extra positional arguments and throws them away',
    "b": 'It makes retries required, default or not',
    "c": "It makes every parameter after it keyword-only: send('hi', 5) is a TypeError",
    "d": "It makes message positional-only: send(message='hi') fails",
}
BARE_STAR_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: what does calling a function whose body contains `yield` do?
CALL_GENERATOR_FUNCTION_CHOICES = {
    "a": 'Runs the body up to the first yield and returns the value yielded there',
    "b": 'Returns a generator object without running any of the body; next() runs it up to the first yield',
    "c": 'Runs the whole body and returns a list of everything it yields',
    "d": 'Raises TypeError unless the call is wrapped in next() or a for loop',
}
CALL_GENERATOR_FUNCTION_ANSWER = ...  # "a", "b", "c" or "d"
