"""Tests for thread_api_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import thread_api_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("concurrency.primitives")
def test_start_twice():
    check_prediction(puzzles.start_twice)


@pytest.mark.checklist("concurrency.primitives")
def test_join_with_a_timeout():
    check_prediction(puzzles.join_with_a_timeout)


@pytest.mark.checklist("concurrency.primitives")
def test_join_yourself():
    check_prediction(puzzles.join_yourself)


@pytest.mark.checklist("concurrency.primitives")
def test_daemon_after_start():
    check_prediction(puzzles.daemon_after_start)


@pytest.mark.checklist("concurrency.primitives")
def test_bounded_semaphore_counts_releases():
    check_prediction(puzzles.bounded_semaphore_counts_releases)


@pytest.mark.checklist("concurrency.primitives")
def test_a_barrier_that_times_out_stays_broken():
    check_prediction(puzzles.a_barrier_that_times_out_stays_broken)


@pytest.mark.checklist("concurrency.primitives")
def test_local_data_is_per_thread():
    check_prediction(puzzles.local_data_is_per_thread)


@pytest.mark.checklist("concurrency.primitives")
def test_a_cancelled_timer():
    check_prediction(puzzles.a_cancelled_timer)


@pytest.mark.checklist("concurrency.primitives")
def test_map_takes_all_its_input_first():
    check_prediction(puzzles.map_takes_all_its_input_first)


@pytest.mark.checklist("concurrency.primitives")
def test_a_callback_on_a_finished_future():
    check_prediction(puzzles.a_callback_on_a_finished_future)


@pytest.mark.checklist("concurrency.primitives")
def test_wait_for_the_first_exception():
    check_prediction(puzzles.wait_for_the_first_exception)


@pytest.mark.checklist("concurrency.primitives")
def test_exception_returns_it():
    check_prediction(puzzles.exception_returns_it)
