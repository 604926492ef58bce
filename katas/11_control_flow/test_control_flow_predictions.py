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
