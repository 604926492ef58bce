"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"{1, 2}" (lines joined by newlines if it prints several), or the exception class it raises,
such as @predict(ValueError). Work it out in your head; do not run the puzzles.
The tests run each one in this interpreter and compare.
"""

from dojo import predict


@predict(...)
def empty_braces():
    print(type({}).__name__, type(set()).__name__, type({1}).__name__)


@predict(...)
def braces_or_set_call():
    print(len({"abc"}), len(set("abc")), len(set(["abc"])))


@predict(...)
def one_one_point_oh_true():
    print({1, 1.0, True}, len({0, 0.0, False, ""}))


@predict(...)
def list_in_a_set():
    routes = {["home", "work"], ["work", "home"]}
    print(len(routes))


@predict(...)
def set_looked_up_in_a_set():
    teams = {frozenset({"ann", "bo"})}
    print({"bo", "ann"} in teams, frozenset({"ann"}) in teams)


@predict(...)
def the_algebra():
    a, b = {1, 2, 3}, {3, 4}
    print(sorted(a - b), sorted(a & b), sorted(a ^ b), sorted(b - a))


@predict(...)
def subset_operators():
    print({1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1} < {1, 2}, set() <= {3})


@predict(...)
def add_or_update():
    tags = set()
    tags.add("ab")
    tags.update("cd")
    print(sorted(tags))


@predict(...)
def equal_sets_iterate_differently():
    first, second = {8, 0}, {0, 8}
    print(first == second, list(first) == list(second))


@predict(...)
def grow_while_iterating():
    seen = {1, 2, 3}
    for item in seen:
        seen.add(item * 10)
    print(sorted(seen))


@predict(...)
def discard_then_remove():
    tags = {"a"}
    tags.discard("b")
    tags.remove("b")
    print(tags)
