"""Tests for errors_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

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


# PEP 758 (3.14) and PEP 765 (3.14) change these truths: they still come from this interpreter.
def test_python2_except_comma():
    check_prediction(puzzles.python2_except_comma)


def test_except_comma_with_as():
    check_prediction(puzzles.except_comma_with_as)


def test_python2_handler_on_python3():
    check_prediction(puzzles.python2_handler_on_python3)


def test_return_in_finally():
    check_prediction(puzzles.return_in_finally)


@pytest.mark.checklist("error_handling.raise_not_return")
def test_tuple_assert_never_fails():
    check_prediction(puzzles.tuple_assert_never_fails)


@pytest.mark.checklist("error_handling.raise_not_return")
def test_assert_is_gone_under_dash_o():
    check_prediction(puzzles.assert_is_gone_under_dash_o, time_limit=8)  # starts a child interpreter


def test_except_star():
    check_prediction(puzzles.except_star)
