"""Tests for no_overloading.py: one name holds one function; pick the case inside it, or with functools.singledispatch."""

import math

from dojo.testing import assert_returns, call_kata, kata_raises
from no_overloading import area, describe


def test_area_of_a_circle_from_one_argument():
    assert math.isclose(call_kata(area, 2), math.pi * 4), (
        "area(2) should be the area of a circle of radius 2: the second `def area` replaced the first, "
        "so one function must handle both calls"
    )
    assert_returns(call_kata(area, 0), 0.0, "area(0)")


def test_area_of_a_rectangle_from_two_arguments_and_nothing_from_three():
    assert math.isclose(call_kata(area, 1), math.pi), "area(1) is a circle of radius 1"
    assert (returned := call_kata(area, 2, 3)) == 6, "area(2, 3) is the area of a 2 by 3 rectangle"
    assert_returns(returned, 6, "area(2, 3)")
    assert_returns(call_kata(area, 2.5, 4), 10.0, "area(2.5, 4)")
    kata_raises(TypeError, area, 1, 2, 3)


def test_a_rectangle_of_height_zero_is_still_a_rectangle():
    assert math.isclose(call_kata(area, 5), math.pi * 25), "area(5) is a circle of radius 5"
    assert (returned := call_kata(area, 5, 0)) == 0, (
        "area(5, 0) is a rectangle with no height, area 0, not a circle of radius 5: a height that is "
        "given is given, even when it is 0 (tell 'missing' from 'falsy')"
    )
    assert_returns(returned, 0, "area(5, 0)")


def test_describe_each_type_of_the_docstring():
    cases = {3: "int 3", "hi": "text 'hi'", (): "object", 2.5: "object"}
    got = {value: call_kata(describe, value) for value in cases}
    assert got == cases, (
        f"describe gave {got}: only the last `def describe` is left, whatever the annotations say"
    )
    assert_returns(call_kata(describe, [1, 2]), "list of 2", "describe([1, 2])")
    assert_returns(call_kata(describe, {"a": 1}), "object", "describe({'a': 1})")


def test_describe_accepts_a_subclass_of_list():
    class Stack(list):
        pass

    assert (returned := call_kata(describe, Stack([1, 2, 3]))) == "list of 3", (
        "a subclass of list is a list: check with isinstance (or let functools.singledispatch choose), "
        "not with type(value) is list"
    )
    assert_returns(returned, "list of 3", "describe(Stack([1, 2, 3]))")
