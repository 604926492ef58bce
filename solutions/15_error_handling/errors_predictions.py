"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[0, 1, 2]" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(IndexError). Work it out in your head; do not run the puzzles.
The tests run each one in this interpreter and compare.

Version notes: except_star needs Python 3.11+ (its test is skipped before). Python 3.14
accepts `except A, B:` without parentheses (PEP 758), so python2_except_comma prints
something else there than on 3.10-3.13; predict for the Python you run.
"""

import subprocess
import sys
import warnings

from dojo import predict


@predict("lookup")
def handlers_in_order():
    try:
        {}["missing"]
    except LookupError:
        print("lookup")
    except KeyError:
        print("key")


@predict("caught SystemExit\nstill running")
def bare_except_catches_exit():
    try:
        sys.exit(3)
    except:  # noqa: E722
        print("caught", type(sys.exc_info()[1]).__name__)
    print("still running")


@predict(UnboundLocalError)
def exception_name_is_deleted():
    try:
        1 / 0
    except ZeroDivisionError as error:
        pass
    print(error)


@predict("KeyError None")
def implicit_context():
    try:
        try:
            {}["key"]
        except KeyError:
            int("not a number")
    except ValueError as error:
        print(type(error.__context__).__name__, error.__cause__)


@predict("None True KeyError")
def from_none_keeps_the_context():
    try:
        try:
            {}["key"]
        except KeyError:
            raise RuntimeError("no key") from None
    except RuntimeError as error:
        print(error.__cause__, error.__suppress_context__, type(error.__context__).__name__)


@predict(RuntimeError)
def bare_raise_without_an_exception():
    def log_and_reraise():
        raise

    log_and_reraise()


@predict(SyntaxError)
def python2_except_comma():
    source = "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n"
    compile(source, "<python 2 style>", "exec")
    print("compiled")


@predict("passed")
def tuple_assert_never_fails():
    with warnings.catch_warnings():  # the compiler warns about this line: that is the point
        warnings.simplefilter("ignore", SyntaxWarning)
        code = compile("assert (1 == 2, 'one is not two')", "<assert>", "exec")
    exec(code)
    print("passed")


@predict("ran on 0")
def assert_is_gone_under_dash_o():
    code = "assert 1 == 2, 'checked'\nprint('ran on')"
    child = subprocess.run([sys.executable, "-I", "-O", "-c", code], capture_output=True, text=True, timeout=8)
    print(child.stdout.strip(), child.returncode)


EXCEPT_STAR = """
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as group:
    print("values", len(group.exceptions))
except* TypeError as group:
    print("types", len(group.exceptions))
"""


@predict("values 2\ntypes 1")
def except_star():
    exec(EXCEPT_STAR)  # a string only so that Python 3.10 can import this file; read it as code
