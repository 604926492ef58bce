"""Tests for sets_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import sets_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("sets.empty_braces")
def test_empty_braces():
    check_prediction(puzzles.empty_braces)


@pytest.mark.checklist("sets.empty_braces")
def test_braces_or_set_call():
    check_prediction(puzzles.braces_or_set_call)


@pytest.mark.checklist("sets.hashable_elements")
def test_one_one_point_oh_true():
    check_prediction(puzzles.one_one_point_oh_true)


@pytest.mark.checklist("sets.hashable_elements")
def test_list_in_a_set():
    check_prediction(puzzles.list_in_a_set)


@pytest.mark.checklist("sets.frozenset_key")
def test_set_looked_up_in_a_set():
    check_prediction(puzzles.set_looked_up_in_a_set)


@pytest.mark.checklist("sets.membership_algebra")
def test_the_algebra():
    check_prediction(puzzles.the_algebra)


@pytest.mark.checklist("sets.membership_algebra")
def test_subset_operators():
    check_prediction(puzzles.subset_operators)


@pytest.mark.checklist("sets.membership_algebra")
def test_add_or_update():
    check_prediction(puzzles.add_or_update)


@pytest.mark.checklist("sets.no_order")
def test_equal_sets_iterate_differently():
    check_prediction(puzzles.equal_sets_iterate_differently)


@pytest.mark.checklist("sets.no_order")
def test_grow_while_iterating():
    check_prediction(puzzles.grow_while_iterating)


@pytest.mark.checklist("sets.membership_algebra")
def test_discard_then_remove():
    check_prediction(puzzles.discard_then_remove)
