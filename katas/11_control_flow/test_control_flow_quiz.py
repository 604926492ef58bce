"""Tests for control_flow_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from control_flow_quiz import (
    FINALLY_RETURN_ANSWER,
    FINALLY_RETURN_CHOICES,
    FOR_ELSE_ANSWER,
    FOR_ELSE_CHOICES,
    PASS_ANSWER,
    PASS_CHOICES,
    TRY_ORDER_ANSWER,
    TRY_ORDER_CHOICES,
)
from dojo.testing import check_answer


@pytest.mark.checklist("control_flow.for_else")
def test_when_a_for_loops_else_runs():
    check_answer(
        FOR_ELSE_CHOICES,
        FOR_ELSE_ANSWER,
        salt="control_flow.for_else/when-else-runs",
        digest="07bd7ba7434d0673d9d275a27662750a4f38a217dc41219b262d48907897a1b1",
    )


def test_order_of_try_clauses_without_an_exception():
    check_answer(
        TRY_ORDER_CHOICES,
        TRY_ORDER_ANSWER,
        salt="control_flow/try-order",
        digest="b89fb93eb3acf8bd0e1f9f3f94e5a9827464b81300059dbf73db6cb7a0dbbd9e",
    )


def test_what_pass_does_in_a_loop():
    check_answer(
        PASS_CHOICES,
        PASS_ANSWER,
        salt="control_flow/pass",
        digest="6d0e0577a57ec161770953838048ecc0bcc4dfd44c368001683bbf78dfb8b3d1",
    )


def test_what_return_in_finally_does_to_an_exception():
    check_answer(
        FINALLY_RETURN_CHOICES,
        FINALLY_RETURN_ANSWER,
        salt="control_flow/finally-return",
        digest="da457368e35650b06e851ff9c3b340a148217f8e9fc648b4a3bc1c2879338b32",
    )
