"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[0, 1, 2]" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(ValueError). Work it out in your head; do not run the puzzles.
The tests run each one in this interpreter and compare.

Version note: Python 3.14 prints a SyntaxWarning about return_in_finally when it compiles
this file (PEP 765); what the puzzle prints is the same on every version.
"""

from dojo import predict


@predict(...)
def for_else_with_break():
    for number in [3, 5, 8, 9]:
        if number % 2 == 0:
            print("even", number)
            break
    else:
        print("no even number")
    print("done")


@predict(...)
def for_else_on_nothing():
    for item in []:
        print("item", item)
    else:
        print("else ran")


@predict(...)
def while_else_with_continue():
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            continue
        print(n)
    else:
        print("else", n)


@predict(...)
def return_skips_else():
    def step():
        try:
            print("try")
            return "returned"
        except ValueError:
            print("except")
        else:
            print("else")
        finally:
            print("finally")

    print(step())


@predict(...)
def return_in_finally():
    def risky():
        try:
            raise KeyError("lost")
        finally:
            return "finally wins"

    print(risky())


@predict(...)
def and_or_operands():
    print(0 or [] or "fallback", 3 and 0 and 1 / 0, [] and 1 / 0)


@predict(...)
def capture_is_not_a_constant():
    RED = "red"
    color = "blue"
    match color:
        case RED:
            print("matched", RED)
    print(RED)


@predict(...)
def walrus_in_any():
    readings = [4, 7, -2, 9, -5]
    has_negative = any((first := value) < 0 for value in readings)
    print(has_negative, first)
