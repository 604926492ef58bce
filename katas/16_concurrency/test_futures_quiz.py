"""Tests for futures_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

import futures_quiz as quiz
from dojo.testing import check_answer


@pytest.mark.checklist("concurrency.primitives")
def test_a_worker_process_that_dies_breaks_the_pool():
    check_answer(
        quiz.BROKEN_POOL_CHOICES,
        quiz.BROKEN_POOL_ANSWER,
        salt="concurrency.primitives/broken-pool",
        digest="fdcc9196d5a0a9f8ecce20f2cab56c55995f7c9bb8a013a5cfc946d12f777fc7",
    )


@pytest.mark.checklist("concurrency.primitives")
def test_what_a_thread_subclass_overrides():
    check_answer(
        quiz.THREAD_SUBCLASS_CHOICES,
        quiz.THREAD_SUBCLASS_ANSWER,
        salt="concurrency.primitives/thread-subclass",
        digest="2a0f43239102d62e730f6cc8263a53313a8ee48bfffd45e47c4c1d1b538bed42",
    )


@pytest.mark.checklist("concurrency.primitives")
def test_a_timeout_on_result_stops_only_the_wait():
    check_answer(
        quiz.RESULT_TIMEOUT_CHOICES,
        quiz.RESULT_TIMEOUT_ANSWER,
        salt="concurrency.primitives/result-timeout",
        digest="18cde7c2331fbf98a1119e946db359449e4e47301e9114f1d1dd510618d643f3",
    )
