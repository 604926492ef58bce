"""Tests for reduce_partial.py: reduce needs an initial value for empty input; partial binds arguments now."""

import pytest

from dojo.testing import assert_returns, call_kata
from reduce_partial import compose, parsers, product


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_product_of_numbers():
    assert_returns(call_kata(product, [2, 3, 7]), 42, "product([2, 3, 7])")
    assert_returns(call_kata(product, iter([5])), 5, "product(iter([5]))")
    assert_returns(call_kata(product, [4, 0, 9]), 0, "product([4, 0, 9])")


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_product_of_no_numbers_is_one():
    got = call_kata(product, [])
    assert got == 1, (
        "the product of no numbers is 1, the identity of multiplication: reduce without an initial value "
        "has nothing to start from on empty input"
    )
    assert_returns(got, 1, "product([])")


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_each_parser_reads_its_own_base():
    parse = call_kata(parsers, [2, 10, 16])
    assert sorted(parse) == [2, 10, 16]
    assert [call_kata(parse[base], "11") for base in (2, 10, 16)] == [3, 11, 17], (
        "'11' is 3 in base 2, 11 in base 10 and 17 in base 16: if every parser uses the last base, they all "
        "read one variable after the loop ended; partial binds the base when the parser is made"
    )


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_compose_applies_the_last_function_first():
    describe = call_kata(compose, str, abs, lambda n: n - 10)
    got = call_kata(describe, 3)
    assert got == "7", "compose(f, g, h)(x) is f(g(h(x))): h runs first, f last"
    assert_returns(got, "7", "describe(3)")
    shout = call_kata(compose, str.upper, str.strip)
    assert_returns(call_kata(shout, "  hi "), "HI", 'shout("  hi ")')


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_compose_of_one_or_no_function():
    assert_returns(call_kata(call_kata(compose, len), "abc"), 3, 'call_kata(compose, len)("abc")')
    marker = object()
    assert call_kata(call_kata(compose), marker) is marker, "compose() returns its argument unchanged"
