"""Tests for port_parsing.py: bad input raises ValueError; no stand-in value is ever returned."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata, kata_raises
from port_parsing import parse_port, port_or_default

NOT_PORTS = ["", "http", "0", "65536", "-1", "8.5", "80 80", "port 80", "99999999999999999999"]


@pytest.mark.checklist("error_handling.raise_not_return")
def test_ports_parse_to_their_number():
    for text, port in [("8080", 8080), ("1", 1), ("65535", 65535), (" 443 ", 443), ("443\n", 443)]:
        assert_returns(call_kata(parse_port, text), port, 'parse_port(text)')


@pytest.mark.checklist("error_handling.raise_not_return")
@pytest.mark.parametrize("text", NOT_PORTS)
def test_what_is_not_a_port_raises_valueerror(text):
    error = kata_raises(ValueError, parse_port, text)
    assert repr(text) in str(error) or (text and text in str(error)), (
        f"the ValueError should quote the text it could not parse, so the log says what was wrong; got {error}"
    )


@pytest.mark.checklist("error_handling.raise_not_return")
@kata_properties
@given(st.integers(min_value=-70000, max_value=140000))
def test_every_number_parses_or_raises_by_its_range(number):
    if 1 <= number <= 65535:
        assert_returns(call_kata(parse_port, str(number)), number, 'parse_port(str(number))')
    else:
        kata_raises(ValueError, parse_port, str(number))


@pytest.mark.checklist("error_handling.raise_not_return")
def test_words_symbols_and_other_notations_raise():
    for text in ["port", "eighty", "!", "..", "\t", "0x50", "1e3", "None", "True", "½"]:
        kata_raises(ValueError, parse_port, text)


@pytest.mark.checklist("error_handling.raise_not_return")
def test_the_caller_decides_with_try_except():
    assert_returns(call_kata(port_or_default, "8080", 80), 8080, 'port_or_default("8080", 80)')
    assert_returns(call_kata(port_or_default, "http", 80), 80, 'port_or_default("http", 80)')
    assert_returns(call_kata(port_or_default, "0", 80), 80, 'port_or_default("0", 80)')
    assert_returns(call_kata(port_or_default, "-5", 0), 0, 'port_or_default("-5", 0)')


@pytest.mark.checklist("error_handling.raise_not_return")
def test_the_default_replaces_only_a_valueerror(monkeypatch):
    import port_parsing

    class Interrupted(BaseException):
        """Not a ValueError, not even an Exception: like Ctrl-C, it must pass through."""

    def interrupted(text):
        raise Interrupted

    monkeypatch.setattr(port_parsing, "parse_port", interrupted)
    with pytest.raises(Interrupted):
        port_or_default("8080", 80)
