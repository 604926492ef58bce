"""Tests for lists_quiz.py: the answers are stored as salted digests, never as text."""

import pytest

from dojo.testing import check_answer
from lists_quiz import (
    APPEND_ANSWER,
    APPEND_CHOICES,
    INDEX_ANSWER,
    INDEX_CHOICES,
    INSERT_FRONT_ANSWER,
    INSERT_FRONT_CHOICES,
    MEMBERSHIP_ANSWER,
    MEMBERSHIP_CHOICES,
    POP_FRONT_ANSWER,
    POP_FRONT_CHOICES,
)


@pytest.mark.checklist("lists.operation_cost")
def test_what_pop_from_the_front_costs():
    check_answer(
        POP_FRONT_CHOICES,
        POP_FRONT_ANSWER,
        salt="lists.operation_cost/pop-front",
        digest="639c76ed46bf6131e139c1a9e9da4e793b99343521cce037124828132e8cb2c2",
    )


@pytest.mark.checklist("lists.operation_cost")
def test_why_append_is_amortised_constant():
    check_answer(
        APPEND_CHOICES,
        APPEND_ANSWER,
        salt="lists.operation_cost/append",
        digest="2b5e7b4d0477e51e4c28d3efa17c0f288e7e4a07afe6ba67788b64c90ddc668d",
    )


@pytest.mark.checklist("lists.operation_cost")
def test_what_membership_costs():
    check_answer(
        MEMBERSHIP_CHOICES,
        MEMBERSHIP_ANSWER,
        salt="lists.operation_cost/membership",
        digest="55ef9cced8855362e5c79c98f6c14ba953f966006e1b8964fe735e72509e4a14",
    )


@pytest.mark.checklist("lists.operation_cost")
def test_what_inserting_at_the_front_costs():
    check_answer(
        INSERT_FRONT_CHOICES,
        INSERT_FRONT_ANSWER,
        salt="lists.operation_cost/insert-front",
        digest="65ad22ec0f01b27350e0446a83a6e1fbafb737f5a3d61cbd13222667053a7aa2",
    )


@pytest.mark.checklist("lists.operation_cost")
def test_what_indexing_costs():
    check_answer(
        INDEX_CHOICES,
        INDEX_ANSWER,
        salt="lists.operation_cost/index",
        digest="22b156ec2be286fbdc59d5c3d7e59e8a17513f8fb1f2036a9b703b5c2c91c251",
    )
