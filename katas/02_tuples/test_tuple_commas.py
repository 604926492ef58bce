"""Tests for tuple_commas.py: a comma makes a tuple; parentheses only group."""

import pytest

from dojo.testing import assert_returns, call_kata
from tuple_commas import ALLOWED_EXTENSIONS, accepts, shipping_cost, single


@pytest.mark.checklist("tuples.one_tuple")
def test_single_wraps_a_number():
    result = call_kata(single, 5)
    assert type(result) is tuple and result == (5,), (
        f"single(5) should be a tuple of length one; it returned {result!r} ({type(result).__name__}). "
        "`(item)` is item itself: the parentheses only group"
    )


@pytest.mark.checklist("tuples.one_tuple")
def test_single_wraps_a_string_whole():
    result = call_kata(single, "one")
    assert result == ("one",), (
        f"single('one') should hold the one string 'one'; it returned {result!r}. "
        "tuple(x) does not wrap x: it iterates x and makes a tuple of its items"
    )
    assert_returns(result, ("one",), 'single("one")')


@pytest.mark.checklist("tuples.one_tuple")
def test_single_wraps_the_very_object():
    rows = [[1, 2], [3]]
    result = call_kata(single, rows)
    assert type(result) is tuple and len(result) == 1, f"single(a list) should be a tuple of length one, not {result!r}"
    assert result[0] is rows, "the tuple should hold the caller's list itself, not a copy or its items"


@pytest.mark.checklist("tuples.one_tuple")
def test_single_wraps_empty_and_none():
    got = call_kata(single, ())
    assert got == ((),), "single(()) is a tuple holding the empty tuple"
    assert_returns(got, ((),), "single(())")
    got = call_kata(single, None)
    assert got == (None,), "single(None) is a tuple holding None"
    assert_returns(got, (None,), "single(None)")


@pytest.mark.checklist("tuples.one_tuple")
def test_allowed_extensions_holds_one_extension():
    assert not isinstance(ALLOWED_EXTENSIONS, str), (
        "ALLOWED_EXTENSIONS is a str: `('.py')` is the string '.py' in parentheses, and iterating it "
        "gives '.', 'p' and 'y'. Where is the comma?"
    )
    assert list(ALLOWED_EXTENSIONS) == [".py"], "ALLOWED_EXTENSIONS should hold exactly one extension, '.py'"


@pytest.mark.checklist("tuples.one_tuple")
def test_accepts_only_python_files():
    verdicts = {name: call_kata(accepts, name) for name in ("app.py", "notes.copy", "happy", "setup.py")}
    assert verdicts == {"app.py": True, "notes.copy": False, "happy": False, "setup.py": True}, (
        f"only names ending in '.py' are accepted; got {verdicts}. Print each extension accepts() loops over"
    )


@pytest.mark.checklist("tuples.one_tuple")
def test_shipping_cost_is_a_number():
    cost = call_kata(shipping_cost, 2)
    assert isinstance(cost, (int, float)), (
        f"shipping_cost(2) returned {cost!r} ({type(cost).__name__}): a comma at the end of an expression makes a tuple"
    )
    assert cost == pytest.approx(7.0), "4.5 plus 1.25 for each of 2 kilograms is 7.0"
