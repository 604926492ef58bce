"""Tests for asyncio_dev_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from asyncio_dev_quiz import (
    DEBUG_MODE_ANSWER,
    DEBUG_MODE_CHOICES,
    LOGGING_ANSWER,
    LOGGING_CHOICES,
    PROCESSES_ANSWER,
    PROCESSES_CHOICES,
    SIGNALS_ANSWER,
    SIGNALS_CHOICES,
    SUBPROCESS_ANSWER,
    SUBPROCESS_CHOICES,
)
from dojo.testing import check_answer


@pytest.mark.checklist("asyncio.debug_mode")
def test_what_turns_debug_mode_on():
    check_answer(
        DEBUG_MODE_CHOICES,
        DEBUG_MODE_ANSWER,
        salt="asyncio.debug_mode/enabling",
        digest="bb3c0f8340b4eea3870a1cb7a54793e04d586ced052ada0e39940b48af66bf8d",
    )


@pytest.mark.checklist("asyncio.never_block")
def test_a_log_handler_that_waits_on_the_network():
    check_answer(
        LOGGING_CHOICES,
        LOGGING_ANSWER,
        salt="asyncio.never_block/network-logging",
        digest="ddbac4ccba5f5b77fbb1ca1a1e607ee6808ed455debb994886717c48ada82b22",
    )


@pytest.mark.checklist("asyncio.wrong_choice")
def test_other_processes_cannot_reach_the_loop():
    check_answer(
        PROCESSES_CHOICES,
        PROCESSES_ANSWER,
        salt="asyncio.wrong_choice/other-processes",
        digest="8b85d0abdab7e87cbc815f1f3dab0448d0f6aa1bca1edba2c88b6fb347bb2ebb",
    )


@pytest.mark.checklist("asyncio.wrong_choice")
def test_signal_handlers_need_the_main_thread():
    check_answer(
        SIGNALS_CHOICES,
        SIGNALS_ANSWER,
        salt="asyncio.wrong_choice/signals",
        digest="af343398b0ee9445839a621dced1681a9000443aad25ba570c21b1b78b62903f",
    )


@pytest.mark.checklist("asyncio.never_block")
def test_a_subprocess_without_blocking_the_loop():
    check_answer(
        SUBPROCESS_CHOICES,
        SUBPROCESS_ANSWER,
        salt="asyncio.never_block/subprocess",
        digest="695cba993c6dd2fe7c718c1943838e232319e12bb3029155ae34c251b5b9120a",
    )
