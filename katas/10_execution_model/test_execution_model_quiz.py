"""Tests for execution_model_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from execution_model_quiz import (
    BINDING_ANSWER,
    BINDING_CHOICES,
    CACHE_ANSWER,
    CACHE_CHOICES,
    IS_ANSWER,
    IS_CHOICES,
    PASSING_ANSWER,
    PASSING_CHOICES,
    WHEN_IS_ANSWER,
    WHEN_IS_CHOICES,
)


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_what_assignment_does():
    check_answer(
        BINDING_CHOICES,
        BINDING_ANSWER,
        salt="execution_model.binding_vs_mutation/assignment",
        digest="333c09da258a482ad3af824692d95b95cb7ed16e04c406273ab2c1cf215793ba",
    )


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_is_versus_equals():
    check_answer(
        IS_CHOICES,
        IS_ANSWER,
        salt="execution_model.is_vs_eq/is-vs-eq",
        digest="4b4908f640725b418c7bc06eb678bfa00cc6c65e9c8b4c9f88c5edcb9c69d8c1",
    )


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_how_arguments_are_passed():
    check_answer(
        PASSING_CHOICES,
        PASSING_ANSWER,
        salt="execution_model.binding_vs_mutation/argument-passing",
        digest="4eca5e8fb5d11db9d5e6dcc1c031063ef08f6299aeab82f5adb3f76588d5834c",
    )


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_what_code_may_rely_on_about_cached_objects():
    check_answer(
        CACHE_CHOICES,
        CACHE_ANSWER,
        salt="execution_model.is_vs_eq/small-int-cache",
        digest="c75d13b29535f72d789b9752b58116ef6643ff7e5a97ab0c2faea8d48e59ab69",
    )


@pytest.mark.checklist("execution_model.is_vs_eq")
def test_when_is_is_the_right_comparison():
    check_answer(
        WHEN_IS_CHOICES,
        WHEN_IS_ANSWER,
        salt="execution_model.is_vs_eq/when-is",
        digest="0c256e021b829f589a98566b80cdf9d75c82cb1f1d2262b1a1b653187533e6c9",
    )
