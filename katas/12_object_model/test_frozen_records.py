"""Tests for frozen_records.py: eq=True alone makes a dataclass unhashable; frozen=True is shallow."""

import dataclasses

import pytest

from dojo.testing import call_kata, kata_raises
from frozen_records import GridPoint, Route


@pytest.mark.checklist("object_model.hashability")
def test_points_are_dict_keys():
    visited = call_kata(dict.fromkeys, [GridPoint(0, 0), GridPoint(0, 1)], True)
    assert call_kata(visited.get, GridPoint(0, 1)) is True, (
        "GridPoint(0, 1) equals a key of the dict, so a new GridPoint(0, 1) must find it"
    )
    assert call_kata(visited.get, GridPoint(1, 0)) is None, "GridPoint(1, 0) was never visited"
    assert dataclasses.is_dataclass(GridPoint) and dataclasses.is_dataclass(Route), "keep @dataclass on both"
    assert repr(GridPoint(1, 2)) == "GridPoint(x=1, y=2)", "keep the generated __repr__"


@pytest.mark.checklist("object_model.hashability")
def test_equal_points_are_one_set_member():
    ring = call_kata(lambda: {far for near in GridPoint(0, 0).neighbours() for far in near.neighbours()})
    assert len(ring) == 9, (
        f"the neighbours of the neighbours of (0, 0) are 9 different points, but the set holds {len(ring)}: "
        "equal points must be one member (a hash from the fields, not from identity)"
    )


@pytest.mark.checklist("object_model.hashability")
def test_a_point_cannot_be_moved():
    point = GridPoint(2, 3)
    members = call_kata(set, [point])
    kata_raises(AttributeError, setattr, point, "x", 5)
    assert point == GridPoint(2, 3) and point in members, (
        "moving a point that is in a set would change its hash and lose it (the lost-key trap): "
        "assigning to a coordinate must raise instead"
    )


@pytest.mark.checklist("object_model.hashability")
def test_a_route_from_any_iterable_is_one_key():
    timetable = call_kata(dict, [(Route(["A", "B", "C"]), "09:00")])
    for same in (Route(("A", "B", "C")), Route(iter("ABC")), Route(["A", "B", "C"])):
        assert call_kata(timetable.get, same) == "09:00", (
            f"{same!r} has the same stops in the same order as the key, so it must find its entry"
        )


@pytest.mark.checklist("object_model.hashability")
def test_the_order_of_stops_matters():
    routes = call_kata(set, [Route(["A", "B"]), Route(["B", "A"]), Route(["A", "B"])])
    assert len(routes) == 2, f"A->B and B->A are two routes; the set holds {len(routes)}"


@pytest.mark.checklist("object_model.hashability")
def test_nothing_changes_a_route_afterwards():
    source = ["A", "B"]
    route = call_kata(Route, source)
    routes = call_kata(set, [route])
    before = call_kata(hash, route)
    source.append("C")
    try:
        route.stops.append("D")
    except AttributeError:
        pass  # an immutable sequence has no append: good
    kata_raises(AttributeError, setattr, route, "stops", ("X",))
    assert route == Route(["A", "B"]), (
        f"the route became {route!r}: frozen=True only stops assignment to the field, and a list in a "
        "frozen dataclass can still change. Keep your own immutable copy of the stops"
    )
    assert call_kata(hash, route) == before and route in routes, "a route's hash must never change"
