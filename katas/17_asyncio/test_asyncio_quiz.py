"""Tests for asyncio_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from asyncio_quiz import (
    AWAIT_ANSWER,
    AWAIT_CHOICES,
    BLOCKING_CALL_ANSWER,
    BLOCKING_CALL_CHOICES,
    CPU_BOUND_ANSWER,
    CPU_BOUND_CHOICES,
    PARALLELISM_ANSWER,
    PARALLELISM_CHOICES,
)
from dojo.testing import check_answer


@pytest.mark.checklist("asyncio.wrong_choice")
def test_asyncio_gives_no_true_parallelism():
    check_answer(
        PARALLELISM_CHOICES,
        PARALLELISM_ANSWER,
        salt="asyncio.wrong_choice/parallelism",
        digest="68fc280f3cc73f1b927e4499df3f0f156550cc03e710628c17049b1e61f2cb0c",
    )


@pytest.mark.checklist("asyncio.never_block")
def test_what_await_does():
    check_answer(
        AWAIT_CHOICES,
        AWAIT_ANSWER,
        salt="asyncio.never_block/await",
        digest="95aba69b99f22992ffe273f2065ea22c405b71472b620a09a27c511a2c7c6ad8",
    )


@pytest.mark.checklist("asyncio.wrong_choice")
def test_cpu_bound_work_is_the_wrong_job_for_asyncio():
    check_answer(
        CPU_BOUND_CHOICES,
        CPU_BOUND_ANSWER,
        salt="asyncio.wrong_choice/cpu-bound",
        digest="a0ca4902b04682e4907535c53be0db323ffff8494e47273f6e96c4670ed3bc39",
    )


@pytest.mark.checklist("asyncio.never_block")
def test_a_blocking_library_call_in_a_coroutine():
    check_answer(
        BLOCKING_CALL_CHOICES,
        BLOCKING_CALL_ANSWER,
        salt="asyncio.never_block/blocking-call",
        digest="14351a675df226016b8ffb5c20890120a2f4651118bb3eac5800d3308f08d966",
    )
