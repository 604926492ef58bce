"""Tests for hashable_points.py: equal points hash equal, and well-spread hashes keep sets fast."""

import operator

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from hashable_points import Point

EQ_CALLS_PER_POINT = 3  # a set compares only elements whose hashes match; well-spread hashes rarely do


def point_set(points):
    return set(points)


def build_and_look_up(points, wanted):
    elements = set(points)
    return sum(point in elements for point in wanted)


@pytest.mark.checklist("sets.hashable_elements")
def test_points_can_be_set_elements():
    points = call_kata(point_set, [Point(0, 0), Point(1, 2)])
    assert len(points) == 2, "two different points make a set of two"


@pytest.mark.checklist("sets.hashable_elements")
def test_equal_points_are_one_element():
    points = call_kata(point_set, [Point(1, 2), Point(1, 2), Point(2, 1)])
    assert len(points) == 2, "Point(1, 2) twice is one element: equal objects must have equal hashes, or the set never compares them"
    assert Point(1, 2) in points and Point(3, 3) not in points


@pytest.mark.checklist("sets.hashable_elements")
def test_points_are_dict_keys():
    def lookup():
        labels = {Point(0, 0): "origin"}
        return labels.get(Point(0, 0))

    got = call_kata(lookup)
    assert got == "origin", "a new Point(0, 0) equals the key, so it finds its value"
    assert_returns(got, "origin", "lookup()")


@pytest.mark.checklist("sets.hashable_elements")
def test_a_point_in_a_set_stays_immutable_and_comparable_with_anything():
    points = call_kata(point_set, [Point(1, 2)])
    point = next(iter(points))
    kata_raises(AttributeError, setattr, point, "x", 9)  # a key that changed would hash to the wrong bucket
    assert Point(1, 2) in points, "the point is still found under the hash it was stored with"
    got = call_kata(operator.eq, point, (1, 2))
    assert_returns(got, False, "Point(1, 2) == (1, 2)")


@pytest.mark.checklist("sets.hashable_elements")
def test_the_hash_follows_equality():
    got = call_kata(hash, Point(5, -7))
    assert got == call_kata(hash, Point(5, -7)), "equal points need equal hashes"
    assert_returns(got, call_kata(hash, Point(5, -7)), "hash(Point(5, -7))")
    hashes = {call_kata(hash, Point(x, y)) for x in range(10) for y in range(10)}
    assert len(hashes) >= 90, (
        f"100 different points have only {len(hashes)} different hashes: spread them, e.g. by hashing what __eq__ compares"
    )


@pytest.mark.checklist("sets.membership_algebra")
@pytest.mark.parametrize("side", [10, 20])
def test_a_set_of_points_makes_few_comparisons(side, monkeypatch):
    calls = []
    compare = Point.__eq__

    def counted_eq(self, other):
        calls.append(1)
        return compare(self, other)

    points = [Point(x, y) for x in range(side) for y in range(side)]
    monkeypatch.setattr(Point, "__eq__", counted_eq)
    found = call_kata(build_and_look_up, points, [Point(1, 1), Point(side - 1, side - 1), Point(side, side)])
    n = len(points)
    assert found == 2, "two of the three points looked up are in the set"
    assert_returns(found, 2, "build_and_look_up(...)")
    bound = EQ_CALLS_PER_POINT * n
    assert len(calls) <= bound, (
        f"building a set of {n} distinct points and three lookups called __eq__ {len(calls)} times; "
        f"with well-spread hashes it is at most {bound}. When many points share a hash, every insertion "
        "compares with all of them: O(n) per operation instead of O(1)"
    )
