"""Tests for patterns_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import patterns_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("interview_patterns.binary_search")
def test_bisect_with_repeats():
    check_prediction(puzzles.bisect_with_repeats)


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_a_heap_is_not_sorted():
    check_prediction(puzzles.a_heap_is_not_sorted)


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_heap_of_ties():
    check_prediction(puzzles.heap_of_ties)


@pytest.mark.checklist("interview_patterns.heap_stack")
def test_max_heap_by_negation():
    check_prediction(puzzles.max_heap_by_negation)


@pytest.mark.checklist("interview_patterns.prefix_sums")
def test_running_totals():
    check_prediction(puzzles.running_totals)


@pytest.mark.checklist("interview_patterns.sliding_window")
def test_window_of_three():
    check_prediction(puzzles.window_of_three)


@pytest.mark.checklist("interview_patterns.graph_search")
def test_breadth_then_depth():
    check_prediction(puzzles.breadth_then_depth)


@pytest.mark.checklist("interview_patterns.graph_search")
def test_recursive_depth_first():
    check_prediction(puzzles.recursive_depth_first)


@pytest.mark.checklist("interview_patterns.memoization")
def test_calls_without_memo():
    check_prediction(puzzles.calls_without_memo)


@pytest.mark.checklist("interview_patterns.memoization")
def test_calls_with_lru_cache():
    check_prediction(puzzles.calls_with_lru_cache)


@pytest.mark.checklist("interview_patterns.binary_search")
def test_probes_of_a_binary_search():
    check_prediction(puzzles.probes_of_a_binary_search)


@pytest.mark.checklist("interview_patterns.xor")
def test_pairs_cancel_with_xor():
    check_prediction(puzzles.pairs_cancel_with_xor)


@pytest.mark.checklist("interview_patterns.cyclic_sort")
def test_cyclic_sort_swaps():
    check_prediction(puzzles.cyclic_sort_swaps)


@pytest.mark.checklist("interview_patterns.greedy")
def test_greedy_by_start_or_by_end():
    check_prediction(puzzles.greedy_by_start_or_by_end)


@pytest.mark.checklist("interview_patterns.backtracking")
def test_subsets_double_each_time():
    check_prediction(puzzles.subsets_double_each_time)
