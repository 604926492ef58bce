"""Reference predictions for tuples_predictions.py."""

from dojo import predict


@predict("int tuple tuple")
def parentheses_or_comma():
    a = (7)
    b = (7,)
    c = 7,
    print(type(a).__name__, type(b).__name__, type(c).__name__)


@predict("3 ['.', 'p']")
def one_string_in_parentheses():
    extensions = (".py")
    print(len(extensions), list(extensions)[:2])


@predict("(1, False)")
def comma_binds_loosest():
    pair = 1, 2 == (1, 2)
    print(pair)


@predict("TypeError\n('ada', ['admin', 'ops'])")
def augmented_item_assignment():
    record = ("ada", ["admin"])
    try:
        record[1] += ["ops"]
    except TypeError:
        print("TypeError")
    print(record)


@predict(TypeError)
def list_inside_a_key():
    key = ("ada", ["admin"])
    permissions = {key: "read"}
    print(permissions[key])


@predict("(1, 2) False")
def tuple_plus_equals():
    first = (1, 2)
    alias = first
    first += (3,)
    print(alias, first is alias)


@predict("1 [] ['a'] b")
def starred_collects_a_list():
    head, *tail = (1,)
    *init, last = "ab"
    print(head, tail, init, last)


@predict(ValueError)
def too_few_values():
    left, middle, right = "ab"
    print(left, middle, right)


@predict("[0, 0, 9]")
def assignment_runs_left_to_right():
    items = [0, 0, 0]
    i = 0
    i, items[i] = 2, 9
    print(items)


@predict("True True")
def namedtuple_equals_a_tuple():
    from collections import namedtuple

    Point = namedtuple("Point", "x y")
    Size = namedtuple("Size", "width height")
    print(Point(3, 4) == Size(3, 4), Point(3, 4) == (3, 4))


@predict("cannot rebind\n['ada']")
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
