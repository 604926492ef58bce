"""Tests for threads_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import threads_predictions as puzzles
from dojo.testing import check_prediction


def test_run_is_not_start():
    check_prediction(puzzles.run_is_not_start)


def test_lock_is_not_reentrant():
    check_prediction(puzzles.lock_is_not_reentrant)


def test_event_remembers_notify_forgets():
    check_prediction(puzzles.event_remembers_notify_forgets)


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_result_reraises():
    check_prediction(puzzles.result_reraises)


def test_join_does_not_reraise():
    check_prediction(puzzles.join_does_not_reraise)


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_what_a_pool_can_send():
    check_prediction(puzzles.what_a_pool_can_send)


def test_thread_local_values():
    check_prediction(puzzles.thread_local_values)


def test_daemon_is_inherited():
    check_prediction(puzzles.daemon_is_inherited)


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_interpreters_share_no_modules():
    check_prediction(puzzles.interpreters_share_no_modules)


def test_notify_needs_the_lock():
    check_prediction(puzzles.notify_needs_the_lock)


def test_pool_waits_on_itself():
    check_prediction(puzzles.pool_waits_on_itself)


def test_cancel_only_what_waits():
    check_prediction(puzzles.cancel_only_what_waits)
