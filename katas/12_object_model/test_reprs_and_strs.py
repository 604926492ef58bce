"""Tests for reprs_and_strs.py: repr is unambiguous Python for developers; str is text for users."""

import pytest

from dojo.testing import call_kata
from reprs_and_strs import Sensor, Temperature


class Outdoor(Temperature):
    """A subclass: its repr must name it, or a log would show the wrong class."""


NAMESPACE = {"Temperature": Temperature, "Sensor": Sensor, "Outdoor": Outdoor}


def rebuilt(obj):
    text = call_kata(repr, obj)
    assert isinstance(text, str), f"repr() must return a str, not {type(text).__name__}"
    try:
        return text, eval(text, dict(NAMESPACE))  # noqa: S307 - the point of the kata
    except Exception as error:
        raise AssertionError(
            f"repr gave {text!r}, which is not Python that rebuilds the object ({type(error).__name__}: {error}). "
            "Use the repr of each part (the !r conversion in an f-string), not its str"
        ) from None


@pytest.mark.checklist("object_model.repr_vs_str")
@pytest.mark.parametrize("celsius", [21.5, -3, 0.1 + 0.2])
def test_temperature_repr_rebuilds_an_equal_object(celsius):
    text, copy = rebuilt(Temperature(celsius))
    assert text.startswith("Temperature("), f"repr gave {text!r}: start with the class name, like a call"
    assert copy == Temperature(celsius), (
        f"eval({text!r}) gave {copy!r}, which is not equal to the original: a repr keeps the value exact, "
        "never rounded for display"
    )


@pytest.mark.checklist("object_model.repr_vs_str")
def test_temperature_str_is_for_users():
    assert call_kata(str, Temperature(21.5)) == "21.5 °C", "str(Temperature(21.5)) is what a user reads: '21.5 °C'"
    assert call_kata(format, Temperature(-3)) == "-3 °C", "an f-string without !r uses str: f'{t}' is '-3 °C'"


@pytest.mark.checklist("object_model.repr_vs_str")
def test_a_subclass_repr_names_the_subclass():
    text, copy = rebuilt(Outdoor(5))
    assert text.startswith("Outdoor("), (
        f"repr(Outdoor(5)) gave {text!r}: a hard-coded class name lies about subclasses; "
        "ask the object for its class"
    )
    assert type(copy) is Outdoor and copy == Outdoor(5), f"eval({text!r}) should rebuild an Outdoor"


@pytest.mark.checklist("object_model.repr_vs_str")
@pytest.mark.parametrize("name", ["kitchen", "Kate's room", "21.5", "hall, upstairs", ""])
def test_sensor_repr_rebuilds_an_equal_object(name):
    sensor = Sensor(name, Temperature(19.0))
    text, copy = rebuilt(sensor)
    assert copy == sensor, f"eval({text!r}) gave {copy!r}, not an equal sensor"


@pytest.mark.checklist("object_model.repr_vs_str")
def test_sensor_str_is_for_users():
    sensor = Sensor("kitchen", Temperature(21.5))
    assert call_kata(str, sensor) == "kitchen: 21.5 °C", (
        "str of a sensor is its name, a colon, and the str of its temperature: 'kitchen: 21.5 °C'"
    )
    assert call_kata(str, [sensor]) == f"[{call_kata(repr, sensor)}]", "a list shows the repr of its items"
