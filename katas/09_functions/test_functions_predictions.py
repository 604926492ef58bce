"""Tests for functions_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import functions_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("functions.mutable_defaults")
def test_mutable_default():
    check_prediction(puzzles.mutable_default)


@pytest.mark.checklist("functions.mutable_defaults")
def test_one_object():
    check_prediction(puzzles.one_object)


@pytest.mark.checklist("functions.mutable_defaults")
def test_default_evaluated_once():
    check_prediction(puzzles.default_evaluated_once)


@pytest.mark.checklist("functions.parameter_order")
def test_args_and_kwargs():
    check_prediction(puzzles.args_and_kwargs)


@pytest.mark.checklist("functions.parameter_order")
def test_keyword_only_by_position():
    check_prediction(puzzles.keyword_only_by_position)


@pytest.mark.checklist("functions.parameter_order")
def test_positional_only_frees_the_name():
    check_prediction(puzzles.positional_only_frees_the_name)


@pytest.mark.checklist("functions.return_vs_yield")
def test_generator_body_waits():
    check_prediction(puzzles.generator_body_waits)


@pytest.mark.checklist("functions.return_vs_yield")
def test_return_inside_generator():
    check_prediction(puzzles.return_inside_generator)


def test_stacked_decorators():
    check_prediction(puzzles.stacked_decorators)


def test_factory_used_without_a_call():
    check_prediction(puzzles.factory_used_without_a_call)


def test_second_def_replaces_the_first():
    check_prediction(puzzles.second_def_replaces_the_first)
