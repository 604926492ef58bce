"""Tests for functions_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from functions_quiz import (
    BARE_STAR_ANSWER,
    BARE_STAR_CHOICES,
    CALL_GENERATOR_FUNCTION_ANSWER,
    CALL_GENERATOR_FUNCTION_CHOICES,
    MUTABLE_DEFAULT_ANSWER,
    MUTABLE_DEFAULT_CHOICES,
    VALID_SIGNATURE_ANSWER,
    VALID_SIGNATURE_CHOICES,
)


@pytest.mark.checklist("functions.mutable_defaults")
def test_why_the_default_list_is_shared():
    check_answer(
        MUTABLE_DEFAULT_CHOICES,
        MUTABLE_DEFAULT_ANSWER,
        salt="functions.mutable_defaults/why-shared",
        digest="e1f4943c4a6cffaf39aefc9f85deb3208dc05c4ad2117fb74921d14ef23d44c6",
    )


@pytest.mark.checklist("functions.parameter_order")
def test_which_signature_python_accepts():
    check_answer(
        VALID_SIGNATURE_CHOICES,
        VALID_SIGNATURE_ANSWER,
        salt="functions.parameter_order/valid-signature",
        digest="9d765b677fb7e7fa5f19767849e852f39a8876f8194638f6db4e49cf85d83f9a",
    )


@pytest.mark.checklist("functions.parameter_order")
def test_what_a_bare_star_does():
    check_answer(
        BARE_STAR_CHOICES,
        BARE_STAR_ANSWER,
        salt="functions.parameter_order/bare-star",
        digest="106ea7bfe24d00d50f2b9ad1cc6908f9cc99fb2f14f4d14a222d3ac2ce6ae8ba",
    )


@pytest.mark.checklist("functions.return_vs_yield")
def test_what_calling_a_generator_function_does():
    check_answer(
        CALL_GENERATOR_FUNCTION_CHOICES,
        CALL_GENERATOR_FUNCTION_ANSWER,
        salt="functions.return_vs_yield/calling-a-generator-function",
        digest="27cb635c17dfb71a01a5517adae14e0d7dca8d00d8a22f7c7b3bccafbbb234b8",
    )
