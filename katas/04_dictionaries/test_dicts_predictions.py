"""Tests for dicts_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import dicts_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("dictionaries.equal_keys")
def test_equal_keys():
    check_prediction(puzzles.equal_keys)


@pytest.mark.checklist("dictionaries.insertion_order")
def test_reassign_keeps_the_place():
    check_prediction(puzzles.reassign_keeps_the_place)


@pytest.mark.checklist("dictionaries.resize_while_iterating")
def test_delete_while_iterating():
    check_prediction(puzzles.delete_while_iterating)


@pytest.mark.checklist("dictionaries.helpers")
def test_setdefault_default_runs_every_time():
    check_prediction(puzzles.setdefault_default_runs_every_time)


@pytest.mark.checklist("dictionaries.helpers")
def test_fromkeys_shares_its_value():
    check_prediction(puzzles.fromkeys_shares_its_value)


@pytest.mark.checklist("dictionaries.live_views")
def test_views_are_live():
    check_prediction(puzzles.views_are_live)


@pytest.mark.checklist("dictionaries.insertion_order")
def test_order_and_equality():
    check_prediction(puzzles.order_and_equality)


@pytest.mark.checklist("dictionaries.helpers")
def test_defaultdict_reads_insert():
    check_prediction(puzzles.defaultdict_reads_insert)


@pytest.mark.checklist("dictionaries.helpers")
def test_counter_missing_key():
    check_prediction(puzzles.counter_missing_key)


@pytest.mark.checklist("dictionaries.live_views")
def test_values_views_compare_by_identity():
    check_prediction(puzzles.values_views_compare_by_identity)


def test_union_takes_the_right_value():
    check_prediction(puzzles.union_takes_the_right_value)


@pytest.mark.checklist("dictionaries.table_size")
def test_deleting_keys_keeps_the_table():
    check_prediction(puzzles.deleting_keys_keeps_the_table)


@pytest.mark.checklist("dictionaries.lookup_cost")
def test_deleting_one_key_of_ten_thousand():
    check_prediction(puzzles.deleting_one_key_of_ten_thousand)


@pytest.mark.checklist("dictionaries.lookup_cost")
def test_keys_that_share_one_hash():
    check_prediction(puzzles.keys_that_share_one_hash)
