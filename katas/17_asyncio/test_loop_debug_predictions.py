"""Tests for loop_debug_predictions.py: each puzzle runs in this interpreter; your prediction must match it."""

import pytest

import loop_debug_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("asyncio.debug_mode")
def test_call_soon_from_another_thread():
    check_prediction(puzzles.call_soon_from_another_thread)


@pytest.mark.checklist("asyncio.never_block")
def test_cancel_a_future_from_another_thread():
    check_prediction(puzzles.cancel_a_future_from_another_thread)


@pytest.mark.checklist("asyncio.debug_mode")
def test_a_failure_nobody_retrieves():
    check_prediction(puzzles.a_failure_nobody_retrieves)


@pytest.mark.checklist("asyncio.debug_mode")
def test_never_awaited_in_debug_mode():
    check_prediction(puzzles.never_awaited_in_debug_mode)
