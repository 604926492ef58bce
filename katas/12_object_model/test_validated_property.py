"""Tests for validated_property.py: a property adds checks behind an attribute; callers never notice."""

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from validated_property import Thermostat

pytestmark = pytest.mark.checklist("object_model.attribute_lookup")


@pytest.mark.parametrize("target", [4, 31, 99, -5])
def test_the_constructor_refuses_a_target_out_of_range(target):
    error = kata_raises(ValueError, Thermostat, target)
    assert "5" in str(error) and "30" in str(error), f"the message {str(error)!r} should state the range, 5 to 30"
    assert_returns(call_kata(Thermostat, 5).target, 5, "Thermostat(5).target (the ends of the range are allowed)")


def test_an_assignment_out_of_range_is_refused_and_keeps_the_old_value():
    thermostat = call_kata(Thermostat, 21)
    kata_raises(ValueError, setattr, thermostat, "target", 31)
    assert_returns(thermostat.target, 21, "thermostat.target after a refused assignment")
    call_kata(setattr, thermostat, "target", 30)
    assert_returns(thermostat.target, 30, "thermostat.target after thermostat.target = 30")


def test_an_augmented_assignment_is_checked_too():
    thermostat = call_kata(Thermostat, 30)

    def warm_up():
        thermostat.target += 1

    kata_raises(ValueError, warm_up)
    assert_returns(thermostat.target, 30, "thermostat.target after a refused += 1")
    thermostat.target -= 25
    assert_returns(thermostat.target, 5, "thermostat.target after -= 25")


def test_del_puts_the_default_back():
    thermostat = call_kata(Thermostat, 25)
    call_kata(delattr, thermostat, "target")
    assert_returns(
        call_kata(getattr, thermostat, "target"),
        Thermostat.DEFAULT,
        "thermostat.target after del thermostat.target (the default comes back)",
    )
    kata_raises(ValueError, setattr, thermostat, "target", 0)
    assert_returns(thermostat.target, Thermostat.DEFAULT, "thermostat.target after a refused assignment")
