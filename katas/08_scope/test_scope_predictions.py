"""Tests for scope_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import scope_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("scope.closure_late_binding")
def test_late_binding():
    check_prediction(puzzles.late_binding)


@pytest.mark.checklist("scope.legb")
def test_read_then_assign():
    check_prediction(puzzles.read_then_assign)


@pytest.mark.checklist("scope.legb")
def test_enclosing_beats_builtin():
    check_prediction(puzzles.enclosing_beats_builtin)


@pytest.mark.checklist("scope.legb")
def test_two_counters():
    check_prediction(puzzles.two_counters)


@pytest.mark.checklist("scope.legb")
def test_method_skips_class_body():
    check_prediction(puzzles.method_skips_class_body)


@pytest.mark.checklist("scope.legb")
def test_comprehension_variable():
    check_prediction(puzzles.comprehension_variable)


@pytest.mark.checklist("scope.legb")
def test_class_body_comprehension():
    check_prediction(puzzles.class_body_comprehension)


@pytest.mark.checklist("scope.legb")
def test_loop_variable_outlives_its_loop():
    check_prediction(puzzles.loop_variable_outlives_its_loop)


@pytest.mark.checklist("scope.closure_late_binding")
def test_partial_binds_at_creation():
    check_prediction(puzzles.partial_binds_at_creation)


@pytest.mark.checklist("scope.legb")
def test_comprehension_reads_a_later_local():
    check_prediction(puzzles.comprehension_reads_a_later_local)


@pytest.mark.checklist("scope.legb")
def test_locals_is_a_snapshot():
    check_prediction(puzzles.locals_is_a_snapshot)
