"""Tests for generators_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import generators_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_body_runs_late():
    check_prediction(puzzles.body_runs_late)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_generator_states():
    check_prediction(puzzles.generator_states)


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_iterate_twice():
    check_prediction(puzzles.iterate_twice)


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_iter_of_an_iterator():
    check_prediction(puzzles.iter_of_an_iterator)


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_membership_consumes():
    check_prediction(puzzles.membership_consumes)


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_zip_one_iterator_twice():
    check_prediction(puzzles.zip_one_iterator_twice)


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_stop_iteration_inside_a_generator():
    check_prediction(puzzles.stop_iteration_inside_a_generator)


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_leaked_stop_in_map_or_a_generator_expression():
    check_prediction(puzzles.leaked_stop_in_map_or_a_generator_expression)


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_yield_from_returns():
    check_prediction(puzzles.yield_from_returns)


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_map_is_lazy():
    check_prediction(puzzles.map_is_lazy)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_send_to_a_fresh_generator():
    check_prediction(puzzles.send_to_a_fresh_generator)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_close_runs_finally():
    check_prediction(puzzles.close_runs_finally)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_break_leaves_it_suspended():
    check_prediction(puzzles.break_leaves_it_suspended)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_genexp_first_iterable_is_eager():
    check_prediction(puzzles.genexp_first_iterable_is_eager)


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_generator_return_value():
    check_prediction(puzzles.generator_return_value)


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_abc_iterable_or_iterator():
    check_prediction(puzzles.abc_iterable_or_iterator)


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_getitem_is_enough_for_iter():
    check_prediction(puzzles.getitem_is_enough_for_iter)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_closing_a_generator_left_early():
    check_prediction(puzzles.closing_a_generator_left_early)


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_unpacking_in_a_generator_expression():
    check_prediction(puzzles.unpacking_in_a_generator_expression)
