"""Tests for concurrency_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

import concurrency_quiz as quiz
from dojo.testing import check_answer


@pytest.mark.checklist("concurrency.gil")
def test_what_the_gil_is():
    check_answer(
        quiz.GIL_CHOICES,
        quiz.GIL_ANSWER,
        salt="concurrency.gil/what",
        digest="b226586b79fe86916d9cd22d92b94aead276749a3dbb759c73f35f6642095d75",
    )


@pytest.mark.checklist("concurrency.threading_vs_multiprocessing")
def test_what_runs_cpu_work_in_parallel():
    check_answer(
        quiz.CPU_WORK_CHOICES,
        quiz.CPU_WORK_ANSWER,
        salt="concurrency.threading_vs_multiprocessing/cpu-work",
        digest="e6970646ba7848de956ace1c58082a13575ec61c32ba78dfd66ff779a6a19cc4",
    )


@pytest.mark.checklist("concurrency.cpu_vs_io")
def test_which_job_threads_speed_up():
    check_answer(
        quiz.THREADS_HELP_CHOICES,
        quiz.THREADS_HELP_ANSWER,
        salt="concurrency.cpu_vs_io/threads-help",
        digest="293a899d5ccd1ce264a19ca7b6f5b9e375499920dde8e9c4b75f53bd8b746ae2",
    )


@pytest.mark.checklist("concurrency.gil")
def test_whether_plus_equals_is_atomic():
    check_answer(
        quiz.INCREMENT_CHOICES,
        quiz.INCREMENT_ANSWER,
        salt="concurrency.gil/increment",
        digest="3e3d990f317c500e04f811b77cdbed1e527abd4e790810c54e6e480a8c61a289",
    )


@pytest.mark.checklist("concurrency.gil")
def test_what_a_free_threaded_build_changes():
    check_answer(
        quiz.FREE_THREADED_CHOICES,
        quiz.FREE_THREADED_ANSWER,
        salt="concurrency.gil/free-threaded",
        digest="286aa0de701f78eac4bcfe065bb0f44218e78e958510b1cfeec9668cf6686f2f",
    )
