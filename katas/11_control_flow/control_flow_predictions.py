r"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[0, 1, 2]" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(ValueError). A puzzle that prints and then raises: the printed lines,
then the exception's name on a last line, as in @predict("3\nKeyError") for one that
prints 3 and then raises KeyError. Work it out in your head; do not run the puzzles. The
tests run each one in this interpreter and compare.

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


@predict(...)
def all_and_any_of_nothing():
    print(all([]), any([]), all([[]]), any([0, "", None]))


@predict(...)
def truthy_lookalikes():
    values = ["0", "", " ", 0, 0.0, [0], (0,), [], None, "False"]
    print([value for value in values if value])


@predict(...)
def or_replaces_every_falsy_value():
    def port(given=None):
        return given or 8080

    print(port(), port(0), port(22))


@predict(...)
def walrus_in_a_comprehension():
    values = [3, 8, 1]
    doubled = [(last := value) * 2 for value in values]
    print(doubled, last)
    print(value)


@predict(...)
def walrus_as_a_statement():
    namespace = {}
    exec(compile("(a := 1)", "<puzzle>", "exec"), namespace)
    print(namespace["a"])
    compile("a := 1", "<puzzle>", "exec")


@predict(...)
def not_after_equals():
    print(eval("not 1 == 2"))
    compile("1 == not 2", "<puzzle>", "eval")


@predict(...)
def chained_comparisons():
    print(1 < 2 == 2, (1 < 2) == 2, False == False in [False])


@predict(...)
def else_after_a_full_loop():
    for number in [1, 3]:
        print(number)
    else:
        print("else")
    while False:
        print("never")
    else:
        print("while else")


@predict(...)
def for_target_is_an_assignment():
    seen = []
    for i in range(3):
        seen.append(i)
        i = 10
    letters = {}
    for key, letters[key] in [("a", 1), ("b", 2)]:
        pass
    print(seen, letters)
