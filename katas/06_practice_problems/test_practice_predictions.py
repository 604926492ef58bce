"""Tests for practice_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import practice_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("practice_problems.two_sum")
def test_membership_in_a_list():
    check_prediction(puzzles.membership_in_a_list)


@pytest.mark.checklist("practice_problems.two_sum")
def test_membership_in_a_set():
    check_prediction(puzzles.membership_in_a_set)


@pytest.mark.checklist("practice_problems.top_k")
def test_max_of_eight():
    check_prediction(puzzles.max_of_eight)


@pytest.mark.checklist("practice_problems.intervals")
def test_sorting_sorted_input():
    check_prediction(puzzles.sorting_sorted_input)


def test_binary_search_steps():
    check_prediction(puzzles.binary_search_steps)


@pytest.mark.checklist("practice_problems.grouping")
def test_setdefault_builds_every_time():
    check_prediction(puzzles.setdefault_builds_every_time)


@pytest.mark.checklist("practice_problems.top_k")
def test_most_common_ties():
    check_prediction(puzzles.most_common_ties)


@pytest.mark.checklist("practice_problems.top_k")
def test_heap_pop_order():
    check_prediction(puzzles.heap_pop_order)


@pytest.mark.checklist("practice_problems.lru_cache")
def test_assignment_does_not_move():
    check_prediction(puzzles.assignment_does_not_move)


@pytest.mark.checklist("practice_problems.lru_cache")
def test_lru_cache_misses():
    check_prediction(puzzles.lru_cache_misses)


@pytest.mark.checklist("practice_problems.two_sum")
def test_membership_in_dict_values():
    check_prediction(puzzles.membership_in_dict_values)


@pytest.mark.checklist("practice_problems.top_k")
def test_heapify_versus_pushes():
    check_prediction(puzzles.heapify_versus_pushes)


@pytest.mark.checklist("practice_problems.intervals")
def test_sorting_a_descending_run():
    check_prediction(puzzles.sorting_a_descending_run)
