"""Tests for tuples_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import tuples_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("tuples.one_tuple")
def test_parentheses_or_comma():
    check_prediction(puzzles.parentheses_or_comma)


@pytest.mark.checklist("tuples.one_tuple")
def test_one_string_in_parentheses():
    check_prediction(puzzles.one_string_in_parentheses)


@pytest.mark.checklist("tuples.one_tuple")
def test_comma_binds_loosest():
    check_prediction(puzzles.comma_binds_loosest)


@pytest.mark.checklist("tuples.augmented_item")
def test_augmented_item_assignment():
    check_prediction(puzzles.augmented_item_assignment)


@pytest.mark.checklist("tuples.shallow_immutability")
def test_list_inside_a_key():
    check_prediction(puzzles.list_inside_a_key)


@pytest.mark.checklist("tuples.augmented_item")
def test_tuple_plus_equals():
    check_prediction(puzzles.tuple_plus_equals)


@pytest.mark.checklist("tuples.unpacking")
def test_starred_collects_a_list():
    check_prediction(puzzles.starred_collects_a_list)


@pytest.mark.checklist("tuples.unpacking")
def test_too_few_values():
    check_prediction(puzzles.too_few_values)


@pytest.mark.checklist("tuples.unpacking")
def test_assignment_runs_left_to_right():
    check_prediction(puzzles.assignment_runs_left_to_right)


@pytest.mark.checklist("tuples.namedtuple_vs_dataclass")
def test_namedtuple_equals_a_tuple():
    check_prediction(puzzles.namedtuple_equals_a_tuple)


@pytest.mark.checklist("tuples.shallow_immutability")
def test_frozen_dataclass_holds_a_list():
    check_prediction(puzzles.frozen_dataclass_holds_a_list)
