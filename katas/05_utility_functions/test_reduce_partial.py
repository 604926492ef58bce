"""Tests for reduce_partial.py: reduce needs an initial value for empty input; partial binds arguments now."""

import pytest

from dojo.testing import call_kata
from reduce_partial import compose, parsers, product


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_product_of_numbers():
    assert call_kata(product, [2, 3, 7]) == 42
    assert call_kata(product, iter([5])) == 5
    assert call_kata(product, [4, 0, 9]) == 0


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_product_of_no_numbers_is_one():
    assert call_kata(product, []) == 1, (
        "the product of no numbers is 1, the identity of multiplication: reduce without an initial value "
        "has nothing to start from on empty input"
    )


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
    assert call_kata(describe, 3) == "7", "compose(f, g, h)(x) is f(g(h(x))): h runs first, f last"
    shout = call_kata(compose, str.upper, str.strip)
    assert call_kata(shout, "  hi ") == "HI"


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_compose_of_one_or_no_function():
    assert call_kata(call_kata(compose, len), "abc") == 3
    marker = object()
    assert call_kata(call_kata(compose), marker) is marker, "compose() returns its argument unchanged"
