"""Tests for short_circuit.py: any() and all() stop at the first deciding item, and all of nothing is True."""

import itertools

import pytest

from dojo.testing import call_kata
from short_circuit import all_healthy, has_negative, permitted


def recording(values, produced):
    """A generator over values that records each value as it hands it out."""
    for value in values:
        produced.append(value)
        yield value


@pytest.mark.checklist("utility_functions.any_all")
def test_all_healthy_stops_at_the_first_failure():
    checked = []

    def check(service):
        checked.append(service)
        return service != "db"

    assert call_kata(all_healthy, ["web", "db", "cache", "queue"], check) is False
    assert checked == ["web", "db"], (
        f"check was called for {checked}: after 'db' fails the answer is known, so no further check may run. "
        "A list built inside all() runs every check before all() sees the first one"
    )


@pytest.mark.checklist("utility_functions.any_all")
def test_all_healthy_reads_services_one_at_a_time():
    produced = []
    result = call_kata(all_healthy, recording(["a", "b", "c"], produced), lambda service: service == "a")
    assert result is False
    assert produced == ["a", "b"], f"services produced: {produced}; stop reading after the first unhealthy one"
    assert call_kata(all_healthy, [], lambda service: False) is True, "no services: none is unhealthy"


@pytest.mark.checklist("utility_functions.any_all")
def test_has_negative_stops_in_an_endless_stream():
    def endless():
        for n in itertools.count():
            if n > 1000:
                raise AssertionError("has_negative read 1000 numbers past the first negative: stop at the first one")
            yield -1 if n == 5 else n

    assert call_kata(has_negative, endless()) is True


@pytest.mark.checklist("utility_functions.any_all")
def test_has_negative_of_nothing_is_false():
    assert call_kata(has_negative, []) is False, "no numbers at all: none is negative, and that is no error"
    assert call_kata(has_negative, iter([0, 4, 2])) is False


@pytest.mark.checklist("utility_functions.any_all")
def test_permitted_when_nothing_is_required():
    assert call_kata(permitted, {"viewer"}, []) is True, (
        "no required roles: every one of them (all zero) is granted, so the answer is True"
    )
    assert call_kata(permitted, set(), set()) is True


@pytest.mark.checklist("utility_functions.any_all")
def test_permitted_reads_required_roles_until_one_is_missing():
    produced = []
    assert call_kata(permitted, {"admin"}, recording(["viewer", "admin", "owner"], produced)) is False
    assert produced == ["viewer"], f"roles read: {produced}; the first missing role settles it"
    assert call_kata(permitted, {"admin", "viewer"}, ("viewer", "admin")) is True
    assert call_kata(permitted, {"admin"}, recording([], [])) is True, (
        "the required roles may come from a generator, an empty one too: requiring nothing permits"
    )
    assert call_kata(permitted, {"admin"}, ()) is True, "requiring nothing permits"
