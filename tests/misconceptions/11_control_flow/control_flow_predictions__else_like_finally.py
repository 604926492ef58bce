"""Misconception: a loop's else always runs after the loop, like finally.

break skips it; only a loop that ends without break runs its else.

checklist: control_flow.for_else
"""

from dojo import predict


@predict("even 8\nno even number\ndone")
def for_else_with_break():
    for number in [3, 5, 8, 9]:
        if number % 2 == 0:
            print("even", number)
            break
    else:
        print("no even number")
    print("done")


@predict("else ran")
def for_else_on_nothing():
    for item in []:
        print("item", item)
    else:
        print("else ran")


@predict("1\n3\nelse 3")
def while_else_with_continue():
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            continue
        print(n)
    else:
        print("else", n)


@predict("try\nfinally\nreturned")
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


@predict("finally wins")
def return_in_finally():
    def risky():
        try:
            raise KeyError("lost")
        finally:
            return "finally wins"

    print(risky())


@predict("fallback 0 []")
def and_or_operands():
    print(0 or [] or "fallback", 3 and 0 and 1 / 0, [] and 1 / 0)


@predict("matched blue\nblue")
def capture_is_not_a_constant():
    RED = "red"
    color = "blue"
    match color:
        case RED:
            print("matched", RED)
    print(RED)


@predict("True -2")
def walrus_in_any():
    readings = [4, 7, -2, 9, -5]
    has_negative = any((first := value) < 0 for value in readings)
    print(has_negative, first)
