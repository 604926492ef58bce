"""Reference predictions for control_flow_predictions.py."""

from dojo import predict


@predict("even 8\ndone")
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


@predict("True False False False")
def all_and_any_of_nothing():
    print(all([]), any([]), all([[]]), any([0, "", None]))


@predict("['0', ' ', [0], (0,), 'False']")
def truthy_lookalikes():
    values = ["0", "", " ", 0, 0.0, [0], (0,), [], None, "False"]
    print([value for value in values if value])


@predict("8080 8080 22")
def or_replaces_every_falsy_value():
    def port(given=None):
        return given or 8080

    print(port(), port(0), port(22))


@predict("[6, 16, 2] 1\nNameError")
def walrus_in_a_comprehension():
    values = [3, 8, 1]
    doubled = [(last := value) * 2 for value in values]
    print(doubled, last)
    print(value)


@predict("1\nSyntaxError")
def walrus_as_a_statement():
    namespace = {}
    exec(compile("(a := 1)", "<puzzle>", "exec"), namespace)
    print(namespace["a"])
    compile("a := 1", "<puzzle>", "exec")


@predict("True\nSyntaxError")
def not_after_equals():
    print(eval("not 1 == 2"))
    compile("1 == not 2", "<puzzle>", "eval")


@predict("True False True")
def chained_comparisons():
    print(1 < 2 == 2, (1 < 2) == 2, False == False in [False])


@predict("1\n3\nelse\nwhile else")
def else_after_a_full_loop():
    for number in [1, 3]:
        print(number)
    else:
        print("else")
    while False:
        print("never")
    else:
        print("while else")


@predict("[0, 1, 2] {'a': 1, 'b': 2}")
def for_target_is_an_assignment():
    seen = []
    for i in range(3):
        seen.append(i)
        i = 10
    letters = {}
    for key, letters[key] in [("a", 1), ("b", 2)]:
        pass
    print(seen, letters)
