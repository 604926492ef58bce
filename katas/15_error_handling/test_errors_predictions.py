"""Tests for errors_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import sys

import pytest

import errors_predictions as puzzles
from dojo.testing import check_prediction


def test_handlers_in_order():
    check_prediction(puzzles.handlers_in_order)


@pytest.mark.checklist("error_handling.bare_except")
def test_bare_except_catches_exit():
    check_prediction(puzzles.bare_except_catches_exit)


def test_exception_name_is_deleted():
    check_prediction(puzzles.exception_name_is_deleted)


def test_implicit_context():
    check_prediction(puzzles.implicit_context)


def test_from_none_keeps_the_context():
    check_prediction(puzzles.from_none_keeps_the_context)


def test_bare_raise_without_an_exception():
    check_prediction(puzzles.bare_raise_without_an_exception)


def test_python2_except_comma():
    # On 3.14+ (PEP 758) the unparenthesised form compiles: the truth still comes from this interpreter.
    check_prediction(puzzles.python2_except_comma)


@pytest.mark.checklist("error_handling.raise_not_return")
def test_tuple_assert_never_fails():
    check_prediction(puzzles.tuple_assert_never_fails)


@pytest.mark.checklist("error_handling.raise_not_return")
def test_assert_is_gone_under_dash_o():
    check_prediction(puzzles.assert_is_gone_under_dash_o, time_limit=8)  # starts a child interpreter


@pytest.mark.skipif(sys.version_info < (3, 11), reason="except* and ExceptionGroup are Python 3.11+")
def test_except_star():
    check_prediction(puzzles.except_star)
