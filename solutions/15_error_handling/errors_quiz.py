"""Kata: the exception hierarchy and bare except, answered the way an interviewer expects.

Task: for each question below, set the ANSWER to the letter of the right choice.
The tests store each right answer as a salted digest: that keeps it from being read by
accident, not secret (anyone can hash every choice). It is practice: choose, then check.

Elimination question 9 of the interview suite: a candidate who does not know what a bare
`except:` catches is rejected.
"""

# Question 1 (elimination): "What's wrong with a bare `except:`?"
BARE_EXCEPT_CHOICES = {
    "a": "it catches every exception, SystemExit and KeyboardInterrupt too, so Ctrl-C and sys.exit() stop working and bugs hide",
    "b": "nothing at all: in Python 3 it means exactly the same as `except Exception:`, so system-exiting exceptions pass",
    "c": "it is a SyntaxError in Python 3: a handler must name at least one exception class, as in `except Exception:`",
    "d": "it catches only the exceptions raised by the first statement of the try block; later ones need a handler each",
}
BARE_EXCEPT_ANSWER = "a"


# Question 2: which of these does NOT derive from Exception?
HIERARCHY_CHOICES = {
    "a": "StopIteration",
    "b": "OSError",
    "c": "KeyboardInterrupt",
    "d": "ZeroDivisionError",
}
HIERARCHY_ANSWER = "c"


# Question 3: parse_port("http") is called. What should it do?
SIGNAL_CHOICES = {
    "a": "return -1, a value no real port can ever have, so every caller can test for it with one cheap comparison",
    "b": "return None: there is no port in that text, and None is how Python spells 'no value' to the caller",
    "c": "print an error message to stderr for the operator and return 0, a port no server can listen on anyway",
    "d": "raise ValueError, so a caller that forgets to check cannot carry on with a wrong value",
}
SIGNAL_ANSWER = "d"


# Question 4: a try statement has `except Exception:` first and `except ValueError:` after it.
ORDER_CHOICES = {
    "a": "Python picks the most specific handler, so a ValueError reaches the second one",
    "b": "a ValueError is caught by the first handler; the second one never runs",
    "c": "it is a SyntaxError",
    "d": "both handlers run for a ValueError, in order",
}
ORDER_ANSWER = "b"


# Question 5: inside an except block, `raise ConfigError("bad") from None` ...
FROM_NONE_CHOICES = {
    "a": "deletes the original exception object, so neither the traceback nor __context__ can show it any more",
    "b": "raises None instead of the new error, which fails with TypeError: exceptions must derive from BaseException",
    "c": "makes the original exception the new one's __cause__, printed as 'the direct cause of the following exception'",
    "d": "sets __suppress_context__, so the traceback hides the original; __context__ still holds it",
}
FROM_NONE_ANSWER = "d"
