"""Tests for asyncio_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import asyncio_predictions as puzzles
from dojo.testing import check_prediction


def test_calling_is_not_running():
    check_prediction(puzzles.calling_is_not_running)


def test_awaited_in_which_order():
    check_prediction(puzzles.awaited_in_which_order)


def test_a_task_starts_later():
    check_prediction(puzzles.a_task_starts_later)


@pytest.mark.checklist("asyncio.never_block")
def test_turns_at_each_await():
    check_prediction(puzzles.turns_at_each_await)


@pytest.mark.checklist("asyncio.never_block")
def test_time_sleep_in_a_coroutine():
    check_prediction(puzzles.time_sleep_in_a_coroutine)


@pytest.mark.checklist("asyncio.wrong_choice")
def test_how_many_threads():
    check_prediction(puzzles.how_many_threads)


def test_waiting_too_long():
    check_prediction(puzzles.waiting_too_long)


def test_cancel_arrives_at_an_await():
    check_prediction(puzzles.cancel_arrives_at_an_await)


def test_swallowed_cancellation():
    check_prediction(puzzles.swallowed_cancellation)


def test_gather_after_a_failure():
    check_prediction(puzzles.gather_after_a_failure)


def test_gather_returning_exceptions():
    check_prediction(puzzles.gather_returning_exceptions)


def test_task_group_after_a_failure():
    check_prediction(puzzles.task_group_after_a_failure)


def test_get_event_loop_with_no_loop():
    check_prediction(puzzles.get_event_loop_with_no_loop, time_limit=8)  # starts a child interpreter


def test_wait_cancels_nothing():
    check_prediction(puzzles.wait_cancels_nothing)


def test_cancel_one_child_of_gather():
    check_prediction(puzzles.cancel_one_child_of_gather)


def test_where_the_timeout_is_caught():
    check_prediction(puzzles.where_the_timeout_is_caught)
