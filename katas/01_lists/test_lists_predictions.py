"""Tests for lists_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import sys

import pytest

import lists_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("lists.repeat_aliasing")
def test_repeated_rows():
    check_prediction(puzzles.repeated_rows)


@pytest.mark.checklist("lists.repeat_aliasing")
def test_buckets_rebound():
    check_prediction(puzzles.buckets_rebound)


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_append_result():
    check_prediction(puzzles.append_result)


@pytest.mark.checklist("lists.mutate_while_iterating")
def test_remove_while_looping():
    check_prediction(puzzles.remove_while_looping)


@pytest.mark.checklist("lists.shallow_slices")
def test_slice_bounds():
    check_prediction(puzzles.slice_bounds)


@pytest.mark.checklist("lists.shallow_slices")
def test_shallow_slice():
    check_prediction(puzzles.shallow_slice)


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_sort_or_sorted():
    check_prediction(puzzles.sort_or_sorted)


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_stable_by_length():
    check_prediction(puzzles.stable_by_length)


@pytest.mark.checklist("lists.operation_cost")
def test_append_overallocates():
    check_prediction(puzzles.append_overallocates)


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_sort_mixed_types():
    check_prediction(puzzles.sort_mixed_types)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="sys.getrefcount is a CPython detail")
@pytest.mark.checklist("lists.shallow_slices")
def test_a_slice_copies_its_references():
    check_prediction(puzzles.a_slice_copies_its_references)


@pytest.mark.checklist("lists.sort_vs_sorted")
def test_sorting_what_is_already_sorted():
    check_prediction(puzzles.sorting_what_is_already_sorted)
