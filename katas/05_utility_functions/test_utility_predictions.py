"""Tests for utility_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import utility_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_zip_takes_one_more():
    check_prediction(puzzles.zip_takes_one_more)


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_zip_strict():
    check_prediction(puzzles.zip_strict)


@pytest.mark.checklist("utility_functions.any_all")
def test_any_all_of_nothing():
    check_prediction(puzzles.any_all_of_nothing)


@pytest.mark.checklist("utility_functions.any_all")
def test_all_stops_early():
    check_prediction(puzzles.all_stops_early)


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_map_twice():
    check_prediction(puzzles.map_twice)


@pytest.mark.checklist("utility_functions.one_shot_iterators")
def test_empty_filter_is_truthy():
    check_prediction(puzzles.empty_filter_is_truthy)


@pytest.mark.checklist("utility_functions.itertools_functools")
def test_groupby_unsorted():
    check_prediction(puzzles.groupby_unsorted)


@pytest.mark.checklist("utility_functions.sorted_key")
def test_key_calls():
    check_prediction(puzzles.key_calls)


@pytest.mark.checklist("utility_functions.sorted_key")
def test_reverse_keeps_ties():
    check_prediction(puzzles.reverse_keeps_ties)


@pytest.mark.checklist("utility_functions.enumerate_zip")
def test_enumerate_start():
    check_prediction(puzzles.enumerate_start)


@pytest.mark.checklist("utility_functions.collections_deque")
def test_a_full_deque_drops_from_the_other_end():
    check_prediction(puzzles.a_full_deque_drops_from_the_other_end)
