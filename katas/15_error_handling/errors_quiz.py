"""Kata: the exception hierarchy and bare except, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests know the right answer only as a salted digest, so reading them spoils nothing.

Elimination question 9 of the interview suite: a candidate who does not know what a bare
`except:` catches is rejected.
"""

# Question 1 (elimination): "What's wrong with a bare `except:`?"
BARE_EXCEPT_CHOICES = {
    "a": "nothing: it means the same as `except Exception:`",
    "b": "it catches every exception, SystemExit and KeyboardInterrupt too, so Ctrl-C and sys.exit() stop working and bugs hide",
    "c": "it is a SyntaxError in Python 3",
    "d": "it only catches exceptions raised by the first line of the try block",
}
BARE_EXCEPT_ANSWER = ...  # "a", "b", "c" or "d"


# Question 2: which of these does NOT derive from Exception?
HIERARCHY_CHOICES = {
    "a": "StopIteration",
    "b": "OSError",
    "c": "KeyboardInterrupt",
    "d": "ZeroDivisionError",
}
HIERARCHY_ANSWER = ...  # "a", "b", "c" or "d"


# Question 3: parse_port("http") is called. What should it do?
SIGNAL_CHOICES = {
    "a": "return -1, so callers can test for it",
    "b": "return None: no port, no value",
    "c": "raise ValueError, so a caller that forgets to check cannot carry on with a wrong value",
    "d": "print an error message and return 0",
}
SIGNAL_ANSWER = ...  # "a", "b", "c" or "d"


# Question 4: a try statement has `except Exception:` first and `except ValueError:` after it.
ORDER_CHOICES = {
    "a": "Python picks the most specific handler, so a ValueError reaches the second one",
    "b": "a ValueError is caught by the first handler; the second one never runs",
    "c": "it is a SyntaxError",
    "d": "both handlers run for a ValueError, in order",
}
ORDER_ANSWER = ...  # "a", "b", "c" or "d"


# Question 5: inside an except block, `raise ConfigError("bad") from None` ...
FROM_NONE_CHOICES = {
    "a": "deletes the original exception object",
    "b": "raises None, which is a TypeError",
    "c": "sets __suppress_context__, so the traceback hides the original; __context__ still holds it",
    "d": "makes the original exception the __cause__",
}
FROM_NONE_ANSWER = ...  # "a", "b", "c" or "d"
