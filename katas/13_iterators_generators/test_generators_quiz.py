"""Tests for generators_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from generators_quiz import (
    BODY_RUNS_ANSWER,
    BODY_RUNS_CHOICES,
    CLOSE_ANSWER,
    CLOSE_CHOICES,
    ITERABLE_ANSWER,
    ITERABLE_CHOICES,
    LEAKED_STOP_ANSWER,
    LEAKED_STOP_CHOICES,
)


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_when_a_generator_body_runs():
    check_answer(
        BODY_RUNS_CHOICES,
        BODY_RUNS_ANSWER,
        salt="iterators_generators.lifecycle/body-runs",
        digest="47d599b75190e3f7869f59d0943de0f2c4cba10b634bfe865746571fb017c9b7",
    )


@pytest.mark.checklist("iterators_generators.iterable_vs_iterator")
def test_iterable_versus_iterator():
    check_answer(
        ITERABLE_CHOICES,
        ITERABLE_ANSWER,
        salt="iterators_generators.iterable_vs_iterator/difference",
        digest="1b21b65e71e777c2f9aea0c90265c19848a7746cdec949f409a13100b38aca65",
    )


@pytest.mark.checklist("iterators_generators.stopiteration")
def test_a_stopiteration_leaking_from_a_generator_body():
    check_answer(
        LEAKED_STOP_CHOICES,
        LEAKED_STOP_ANSWER,
        salt="iterators_generators.stopiteration/pep-479",
        digest="4780946aac9b989dbe1dfdd54966e0ed93aadf3eb63708c83dc61f6784f1168c",
    )


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_what_close_does_to_a_suspended_generator():
    check_answer(
        CLOSE_CHOICES,
        CLOSE_ANSWER,
        salt="iterators_generators.lifecycle/close",
        digest="c014d21467a93aa97c8be25379c61b3fba7c0a6177bf3d22395bad194a98aee4",
    )
