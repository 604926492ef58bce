"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"(1, 2)" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(KeyError). Work it out in your head; do not run the puzzles.
The tests run each one in this interpreter and compare.
"""

from dojo import predict


@predict(...)
def parentheses_or_comma():
    a = (7)
    b = (7,)
    c = 7,
    print(type(a).__name__, type(b).__name__, type(c).__name__)


@predict(...)
def one_string_in_parentheses():
    extensions = (".py")
    print(len(extensions), list(extensions)[:2])


@predict(...)
def comma_binds_loosest():
    pair = 1, 2 == (1, 2)
    print(pair)


@predict(...)
def augmented_item_assignment():
    record = ("ada", ["admin"])
    try:
        record[1] += ["ops"]
    except TypeError:
        print("TypeError")
    print(record)


@predict(...)
def list_inside_a_key():
    key = ("ada", ["admin"])
    permissions = {key: "read"}
    print(permissions[key])


@predict(...)
def tuple_plus_equals():
    first = (1, 2)
    alias = first
    first += (3,)
    print(alias, first is alias)


@predict(...)
def starred_collects_a_list():
    head, *tail = (1,)
    *init, last = "ab"
    print(head, tail, init, last)


@predict(...)
def too_few_values():
    left, middle, right = "ab"
    print(left, middle, right)


@predict(...)
def assignment_runs_left_to_right():
    items = [0, 0, 0]
    i = 0
    i, items[i] = 2, 9
    print(items)


@predict(...)
def namedtuple_equals_a_tuple():
    from collections import namedtuple

    Point = namedtuple("Point", "x y")
    Size = namedtuple("Size", "width height")
    print(Point(3, 4) == Size(3, 4), Point(3, 4) == (3, 4))


@predict(...)
def frozen_dataclass_holds_a_list():
    from dataclasses import FrozenInstanceError, dataclass, field

    @dataclass(frozen=True)
    class Team:
        members: list = field(default_factory=list)

    team = Team()
    team.members.append("ada")
    try:
        team.members = []
    except FrozenInstanceError:
        print("cannot rebind")
    print(team.members)
