"""Tests for execution_model_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import sys
import sysconfig

import pytest

import execution_model_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_second_name():
    check_prediction(puzzles.second_name)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_rebinding_is_not_mutating():
    check_prediction(puzzles.rebinding_is_not_mutating)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_plus_equals_list_and_tuple():
    check_prediction(puzzles.plus_equals_list_and_tuple)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_parameter_rebinding():
    check_prediction(puzzles.parameter_rebinding)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_shallow_copy_of_a_dict():
    check_prediction(puzzles.shallow_copy_of_a_dict)


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_equal_but_not_identical():
    check_prediction(puzzles.equal_but_not_identical)


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_nan_in_a_list():
    check_prediction(puzzles.nan_in_a_list)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_deepcopy_keeps_sharing():
    check_prediction(puzzles.deepcopy_keeps_sharing)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="which equal ints are one object is a CPython detail")
def test_cached_small_ints():
    check_prediction(puzzles.cached_small_ints)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="when an object is freed is a CPython detail (reference counting)")
@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_del_removes_a_name():
    check_prediction(puzzles.del_removes_a_name)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="when an object is freed is a CPython detail (reference counting)")
@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_a_cycle_waits_for_the_collector():
    check_prediction(puzzles.a_cycle_waits_for_the_collector)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_chained_assignment_shares_one_list():
    check_prediction(puzzles.chained_assignment_shares_one_list)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_chained_targets_left_to_right():
    check_prediction(puzzles.chained_targets_left_to_right)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_plus_equals_on_a_tuple_item():
    check_prediction(puzzles.plus_equals_on_a_tuple_item)


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_not_binds_looser_than_equals():
    check_prediction(puzzles.not_binds_looser_than_equals)


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_is_not_is_one_operator():
    check_prediction(puzzles.is_not_is_one_operator)


@pytest.mark.skipif(
    sys.implementation.name != "cpython" or bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    reason="whether a freed object's address is handed to the next one is an allocator detail of CPython with a GIL",
)
@pytest.mark.checklist("execution_model.is_vs_eq")
def test_an_id_outlives_its_object():
    check_prediction(puzzles.an_id_outlives_its_object)
