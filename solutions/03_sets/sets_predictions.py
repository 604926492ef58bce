"""Reference predictions for sets_predictions.py."""

from dojo import predict


@predict("dict set set")
def empty_braces():
    print(type({}).__name__, type(set()).__name__, type({1}).__name__)


@predict("1 3 1")
def braces_or_set_call():
    print(len({"abc"}), len(set("abc")), len(set(["abc"])))


@predict("{1} 2")
def one_one_point_oh_true():
    print({1, 1.0, True}, len({0, 0.0, False, ""}))


@predict(TypeError)
def list_in_a_set():
    routes = {["home", "work"], ["work", "home"]}
    print(len(routes))


@predict("True False")
def set_looked_up_in_a_set():
    teams = {frozenset({"ann", "bo"})}
    print({"bo", "ann"} in teams, frozenset({"ann"}) in teams)


@predict("[1, 2] [3] [1, 2, 4] [4]")
def the_algebra():
    a, b = {1, 2, 3}, {3, 4}
    print(sorted(a - b), sorted(a & b), sorted(a ^ b), sorted(b - a))


@predict("False True True True")
def subset_operators():
    print({1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1} < {1, 2}, set() <= {3})


@predict("['ab', 'c', 'd']")
def add_or_update():
    tags = set()
    tags.add("ab")
    tags.update("cd")
    print(sorted(tags))


@predict("True False")
def equal_sets_iterate_differently():
    first, second = {8, 0}, {0, 8}
    print(first == second, list(first) == list(second))


@predict(RuntimeError)
def grow_while_iterating():
    seen = {1, 2, 3}
    for item in seen:
        seen.add(item * 10)
    print(sorted(seen))


@predict(KeyError)
def discard_then_remove():
    tags = {"a"}
    tags.discard("b")
    tags.remove("b")
    print(tags)
