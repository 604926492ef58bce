"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[0, 1, 2]" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(IndexError). A puzzle that prints and then raises is written as
its printed lines followed by the exception's name on a last line, e.g. "start\nKeyError".
Work it out in your head; do not run the puzzles. The tests run each one in this
interpreter and compare.

Version notes: three puzzles have another truth on Python 3.14+ than on 3.11-3.13
(PEP 758 and PEP 765). Predict for the Python you run (`python --version`); section 2 of
the lesson says what changed, and a good interview answer names both.
"""

import subprocess
import sys
import warnings

from dojo import predict


@predict(...)
def handlers_in_order():
    try:
        {}["missing"]
    except LookupError:
        print("lookup")
    except KeyError:
        print("key")


@predict(...)
def bare_except_catches_exit():
    try:
        sys.exit(3)
    except:  # noqa: E722
        print("caught", type(sys.exc_info()[1]).__name__)
    print("still running")


@predict(...)
def exception_name_is_deleted():
    try:
        1 / 0
    except ZeroDivisionError as error:
        pass
    print(error)


@predict(...)
def implicit_context():
    try:
        try:
            {}["key"]
        except KeyError:
            int("not a number")
    except ValueError as error:
        print(type(error.__context__).__name__, error.__cause__)


@predict(...)
def from_none_keeps_the_context():
    try:
        try:
            {}["key"]
        except KeyError:
            raise RuntimeError("no key") from None
    except RuntimeError as error:
        print(error.__cause__, error.__suppress_context__, type(error.__context__).__name__)


@predict(...)
def bare_raise_without_an_exception():
    def log_and_reraise():
        raise

    log_and_reraise()


@predict(...)
def python2_except_comma():
    source = "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n"
    compile(source, "<python 2 style>", "exec")
    print("compiled")


@predict(...)
def except_comma_with_as():
    source = "try:\n    pass\nexcept ValueError, TypeError as error:\n    pass\n"
    compile(source, "<a tuple without parentheses, with as>", "exec")
    print("compiled")


@predict(...)
def python2_handler_on_python3():
    source = "try:\n    int('x')\nexcept ValueError, error:\n    print('caught', error)\n"
    exec(compile(source, "<python 2 handler>", "exec"), {})


@predict(...)
def return_in_finally():
    source = "def answer():\n    try:\n        raise ValueError('lost')\n    finally:\n        return 'finally'\n"
    namespace = {}
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        exec(compile(source, "<return in finally>", "exec"), namespace)
    print(namespace["answer"](), [warning.category.__name__ for warning in warned])


@predict(...)
def tuple_assert_never_fails():
    with warnings.catch_warnings():  # the compiler warns about this line: that is the point
        warnings.simplefilter("ignore", SyntaxWarning)
        code = compile("assert (1 == 2, 'one is not two')", "<assert>", "exec")
    exec(code)
    print("passed")


@predict(...)
def assert_is_gone_under_dash_o():
    code = "assert 1 == 2, 'checked'\nprint('ran on')"
    child = subprocess.run([sys.executable, "-I", "-O", "-c", code], capture_output=True, text=True, timeout=8)
    print(child.stdout.strip(), child.returncode)


@predict(...)
def except_star():
    try:
        raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
    except* ValueError as group:
        print("values", len(group.exceptions))
    except* TypeError as group:
        print("types", len(group.exceptions))
