"""Tests for control_flow_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import control_flow_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("control_flow.for_else")
def test_for_else_with_break():
    check_prediction(puzzles.for_else_with_break)


@pytest.mark.checklist("control_flow.for_else")
def test_for_else_on_nothing():
    check_prediction(puzzles.for_else_on_nothing)


@pytest.mark.checklist("control_flow.for_else")
def test_while_else_with_continue():
    check_prediction(puzzles.while_else_with_continue)


def test_return_skips_else():
    check_prediction(puzzles.return_skips_else)


def test_return_in_finally():
    check_prediction(puzzles.return_in_finally)


def test_and_or_operands():
    check_prediction(puzzles.and_or_operands)


def test_capture_is_not_a_constant():
    check_prediction(puzzles.capture_is_not_a_constant)


def test_walrus_in_any():
    check_prediction(puzzles.walrus_in_any)


def test_all_and_any_of_nothing():
    check_prediction(puzzles.all_and_any_of_nothing)


def test_truthy_lookalikes():
    check_prediction(puzzles.truthy_lookalikes)


def test_or_replaces_every_falsy_value():
    check_prediction(puzzles.or_replaces_every_falsy_value)


def test_walrus_in_a_comprehension():
    check_prediction(puzzles.walrus_in_a_comprehension)


def test_walrus_as_a_statement():
    check_prediction(puzzles.walrus_as_a_statement)


def test_not_after_equals():
    check_prediction(puzzles.not_after_equals)


def test_chained_comparisons():
    check_prediction(puzzles.chained_comparisons)


@pytest.mark.checklist("control_flow.for_else")
def test_else_after_a_full_loop():
    check_prediction(puzzles.else_after_a_full_loop)


def test_for_target_is_an_assignment():
    check_prediction(puzzles.for_target_is_an_assignment)
